#include "support/profiles.h"

#include <QCryptographicHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ioc::test {

TempProfile::TempProfile()
{
    storage::StorageError error;
    m_profile = storage::Profile::open(m_dir.path(), storage::KeySource{std::nullopt, &m_keyring},
                                       storage::Profile::Mode::OpenOrCreate, &error);
    if (!m_profile) {
        qFatal("cannot create a test profile: %s", qPrintable(error.message));
    }
}

void TempProfile::reopen(storage::Profile::Repair repair)
{
    m_profile.reset();
    storage::StorageError error;
    m_profile = storage::Profile::open(m_dir.path(), storage::KeySource{std::nullopt, &m_keyring},
                                       storage::Profile::Mode::OpenExisting, &error, repair);
    if (!m_profile) {
        qFatal("cannot open the test profile again: %s", qPrintable(error.message));
    }
}

core::Report sampleReport(int n, const QDateTime &receivedAt)
{
    static const char *const streets[] = {"Hùng Vương", "Lê Duẩn", "Trần Hưng Đạo", "Quốc lộ 9", "Nguyễn Huệ"};
    static const char *const areas[] = {"dong-ha", "quang-tri", "vinh-linh", "gio-linh", "cam-lo"};
    core::Report r;
    r.id = QStringLiteral("report-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.code = QStringLiteral("PA-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.version = 1 + n % 5;
    r.state = core::allReportStates().at(n % 16);
    const QString street = QString::fromUtf8(streets[n % 5]);
    r.title = QStringLiteral("Ổ gà trên đường %1 số %2").arg(street).arg(n);
    r.content = QStringLiteral("Mặt đường %1 bị hư hỏng, nhiều ổ gà sâu gây nguy hiểm cho người đi xe máy, "
                               "đặc biệt vào ban đêm. Đề nghị cơ quan chức năng sớm sửa chữa.")
                    .arg(street);
    r.categoryId = n % 7 == 0 ? QStringLiteral("fire") : QStringLiteral("road");
    r.position = {16.75 + (n % 100) / 1000.0, 107.1 + (n % 37) / 1000.0,
                  QStringLiteral("%1 %2, Đông Hà").arg(n).arg(street), QString::fromLatin1(areas[n % 5]),
                  core::PositionSource::DeviceGps};
    r.receivedAt = receivedAt.addSecs(-n * 60);
    r.channel = core::allChannels().at(n % 7);
    r.urgent = n % 13 == 0;
    r.reporter = {core::ReporterKind::Person,
                  {},
                  QStringLiteral("Nguyễn Văn %1").arg(n),
                  QStringLiteral("Đông Hà"),
                  QStringLiteral("0912%1").arg(n % 1000000, 6, 10, QLatin1Char('0')),
                  QStringLiteral("045%1").arg(n % 1000000000, 9, 10, QLatin1Char('0')),
                  {},
                  {},
                  {},
                  {},
                  {},
                  {}};
    // Stand-ins for the server's opaque keys (HMACs it makes; a replica only compares them).
    const auto key = [](const QString &value) {
        return QString::fromLatin1(
            QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(22));
    };
    r.reporter.senderKeys = {u"p:"_s + key(r.reporter.phone), u"c:"_s + key(r.reporter.citizenId)};
    r.leadAgencyId = n % 3 == 0 ? QStringLiteral("agency-%1").arg(n % 10) : QString();
    if (!core::isTerminalState(r.state) && r.state != core::ReportState::Published) {
        core::ReportClock clock;
        clock.step = core::ClockStep::Distribute;
        clock.startedAt = r.receivedAt;
        clock.dueAt = r.receivedAt.addSecs(3600 + (n * 7919) % 86400);
        r.clocks.append(clock);
    }
    return r;
}

} // namespace ioc::test
