#pragma once

#include <QString>

// How a reporter's identity appears on screen until an officer reveals it on purpose (with a
// reason, audited): enough to recognise a returning caller, not enough to identify anyone.
namespace ioc::core::masking {

// "Nguyễn Văn An" → "N. V. A."
QString name(const QString &fullName);
// "0912345567" → "091****567"; "+84 912 345 567" → "+8491****567"; short numbers → "****".
QString phone(const QString &phone);
// Always hidden: "••••••••••••" (its length is not shown either).
QString citizenId(const QString &citizenId);
// "an.nguyen@example.vn" → "a•••@example.vn"
QString email(const QString &email);
// An address keeps only its last part (the ward or commune): "…, Phường 1".
QString address(const QString &address);

} // namespace ioc::core::masking
