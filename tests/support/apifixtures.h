#pragma once

#include "support/testserver.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace ioc::test {

// Signed-in demo users by role name, and reports driven into a wanted state through the API
// (so every fixture is a real history of real actions).
class ApiFixtures final
{
public:
    explicit ApiFixtures(HttpClient &client);

    QByteArray token(const QString &role) const { return m_tokens.value(role); }
    QStringList roles() const { return m_tokens.keys(); }

    struct Options
    {
        bool urgent = false;          // category "fire"
        bool coordinatedBy = false;   // pass through Điều 16 coordination (coordinator: the lead agency)
        bool requestAgreement = true; // with coordinatedBy: stop an "approved" fixture with agreement pending
        bool consentToShare = false;  // the reporter lets the agency see their identity
        QJsonArray media;             // files the citizen uploaded: [{sha256, file_name}]
        bool confidential = false;    // the reporter asks that the result go to them only (12.3)
        QString zaloUserId = {};      // a report that came by Zalo from this user (the officer's intake)
        QString channel = {}; // another channel of the officer's intake (hotline, email: from vothimai@example.com…)
    };
    // A new report (sent by the citizen congdan1, or taken by an officer) in `state`; returns its id.
    QString reportIn(const QString &state, const Options &options);
    QString reportIn(const QString &state) { return reportIn(state, Options{}); }
    int version(const QString &reportId);
    QJsonObject report(const QString &reportId, const QString &role = QStringLiteral("duty_officer"));
    // Applies an action that must succeed; aborts the test program otherwise.
    QJsonObject must(const QString &role, const QString &reportId, const QString &action,
                     const QJsonObject &payload = {});

    // A newly registered citizen account: its user id and an access token.
    std::pair<QString, QByteArray> newCitizen();
    // A report sent by that citizen (a pile of rubbish in Đông Hà); its id, or empty when the
    // server refused it (a locked account).
    QString submitAs(const QByteArray &citizenToken);
    // The body of that report, for POST /v1/citizen/reports.
    static QJsonObject rubbishReport();

    static const char *agency() { return "ubnd-dong-ha"; }
    // The result of the fixtures' reports: Phụ lục 1's reply from the lead agency, which the IOC's
    // publication gate lets through with a result photo.
    static QString resultText(const QString &what = QStringLiteral("Đã vá ổ gà, thông xe an toàn."));
    // A photo of the result the lead agency's staff uploaded (once per fixtures object): its hash.
    QString resultPhoto();

private:
    HttpClient &m_client;
    QHash<QString, QByteArray> m_tokens;
    QString m_resultPhoto;
};

} // namespace ioc::test
