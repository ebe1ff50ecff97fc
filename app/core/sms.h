#pragma once

#include <QStringView>

namespace ioc::core::sms {

// How a text travels as SMS (3GPP TS 23.038 / 23.040): in the GSM 7-bit default alphabet when
// every character is in it (160 septets in one part, 153 in each part of a longer message; the
// extension table's characters take two), otherwise in UCS-2 (70 UTF-16 units in one part, 67
// in each part of a longer one). Vietnamese with its diacritics needs UCS-2.
struct Encoding
{
    bool ucs2 = false;
    int units = 0; // septets (GSM 7-bit) or UTF-16 units (UCS-2)
    int parts = 0; // 0 for an empty text
};

Encoding encode(QStringView text);

} // namespace ioc::core::sms
