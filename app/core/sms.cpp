#include "sms.h"

namespace ioc::core::sms {

namespace {

// The GSM 7-bit default alphabet (basic table), as Unicode; and the extension table's
// characters, each sent as an escape and itself (two septets).
constexpr char16_t basic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                             u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr char16_t extension[] = u"\f^{}\\[~]|€";

int septets(char16_t c)
{
    for (const char16_t b : basic) {
        if (b == c && b != 0) {
            return 1;
        }
    }
    for (const char16_t e : extension) {
        if (e == c && e != 0) {
            return 2;
        }
    }
    return 0; // not in the alphabet
}

} // namespace

Encoding encode(QStringView text)
{
    Encoding result;
    if (text.isEmpty()) {
        return result;
    }
    int gsm = 0;
    bool fits = true;
    for (const QChar c : text) {
        const int n = septets(c.unicode());
        if (n == 0) {
            fits = false;
            break;
        }
        gsm += n;
    }
    if (fits) {
        result.units = gsm;
        result.parts = gsm <= 160 ? 1 : (gsm + 152) / 153;
        return result;
    }
    result.ucs2 = true;
    result.units = int(text.size());
    result.parts = result.units <= 70 ? 1 : (result.units + 66) / 67;
    return result;
}

} // namespace ioc::core::sms
