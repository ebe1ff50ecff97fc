#include "benchdata.h"

#include <QRandomGenerator>

namespace ioc::bench {

QList<core::Report> generateReports(int count, const QDateTime &now, quint32 seed, int first)
{
    static const char *const problems[] = {"Ổ gà",
                                           "Rác thải tồn đọng",
                                           "Đèn đường không sáng",
                                           "Cây xanh gãy đổ",
                                           "Nước thải tràn",
                                           "Lấn chiếm vỉa hè",
                                           "Cháy rừng",
                                           "Tai nạn giao thông",
                                           "Mất điện kéo dài",
                                           "Ngập úng"};
    static const char *const streets[] = {"Hùng Vương",    "Lê Duẩn",       "Trần Hưng Đạo", "Quốc lộ 9",
                                          "Nguyễn Huệ",    "Lê Lợi",        "Quang Trung",   "Hai Bà Trưng",
                                          "Điện Biên Phủ", "Lý Thường Kiệt"};
    static const char *const areas[] = {"dong-ha",     "quang-tri", "vinh-linh", "gio-linh", "cam-lo",
                                        "trieu-phong", "hai-lang",  "huong-hoa", "dakrong",  "con-co"};
    static const double centres[][2] = {{16.816, 107.100}, {16.750, 107.190}, {17.062, 107.030}, {16.915, 107.070},
                                        {16.800, 106.985}, {16.775, 107.165}, {16.690, 107.250}, {16.622, 106.730},
                                        {16.590, 106.880}, {17.160, 107.340}};
    QRandomGenerator random(seed);
    const QList<core::ReportState> states = core::allReportStates();
    const QList<core::Channel> channels = core::allChannels();
    QList<core::Report> reports;
    reports.reserve(count);
    for (int n = first; n < first + count; ++n) {
        core::Report r;
        const int problem = int(random.bounded(10));
        const int street = int(random.bounded(10));
        const int area = int(random.bounded(10));
        r.id = QStringLiteral("b%1-%2").arg(n, 7, 10, QLatin1Char('0')).arg(random.generate(), 8, 16, QLatin1Char('0'));
        r.code = QStringLiteral("PA-2026-%1").arg(n, 7, 10, QLatin1Char('0'));
        r.version = 1 + int(random.bounded(8));
        r.state = states.at(int(random.bounded(int(states.size()))));
        r.title = QStringLiteral("%1 trên đường %2")
                      .arg(QString::fromUtf8(problems[problem]), QString::fromUtf8(streets[street]));
        r.content = QStringLiteral("Người dân phản ánh tình trạng %1 tại đường %2 kéo dài nhiều ngày, ảnh hưởng đến "
                                   "sinh hoạt và an toàn giao thông của bà con trong khu vực. Đề nghị cơ quan chức "
                                   "năng kiểm tra, xử lý dứt điểm.")
                        .arg(QString::fromUtf8(problems[problem]).toLower(), QString::fromUtf8(streets[street]));
        r.categoryId = QStringLiteral("cat-%1").arg(problem);
        r.position = {centres[area][0] + (random.generateDouble() - 0.5) * 0.08,
                      centres[area][1] + (random.generateDouble() - 0.5) * 0.08,
                      QStringLiteral("%1 %2").arg(int(random.bounded(300)) + 1).arg(QString::fromUtf8(streets[street])),
                      QString::fromLatin1(areas[area]), core::PositionSource::DeviceGps};
        r.receivedAt = now.addSecs(-qint64(random.bounded(90 * 86400)));
        r.capturedAt = r.receivedAt.addSecs(-qint64(random.bounded(3600)));
        r.channel = channels.at(int(random.bounded(int(channels.size()))));
        r.urgent = problem == 6 || problem == 7;
        r.reporter = {core::ReporterKind::Person,
                      {},
                      QStringLiteral("Nguyễn Văn %1").arg(n),
                      QStringLiteral("Phường %1, Đông Hà").arg(area + 1),
                      QStringLiteral("09%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0')),
                      QStringLiteral("045%1").arg(random.bounded(1000000000), 9, 10, QLatin1Char('0')),
                      {},
                      {},
                      {},
                      {},
                      {},
                      {}};
        r.media = {{QStringLiteral("%1").arg(random.generate64(), 16, 16, QLatin1Char('0')).repeated(4),
                    QStringLiteral("image/jpeg"),
                    350000,
                    QStringLiteral("anh.jpg"),
                    r.capturedAt,
                    {}}};
        if (!core::isTerminalState(r.state) && r.state != core::ReportState::Published) {
            const int clocks = 1 + int(random.bounded(3));
            for (int c = 0; c < clocks; ++c) {
                core::ReportClock clock;
                clock.step = core::allClockSteps().at(int(random.bounded(16)));
                clock.startedAt = r.receivedAt;
                clock.dueAt = now.addSecs(qint64(random.bounded(14 * 86400)) - 3 * 86400);
                r.clocks.append(clock);
            }
            r.leadAgencyId = QStringLiteral("agency-%1").arg(random.bounded(40));
        }
        reports.append(r);
    }
    return reports;
}

} // namespace ioc::bench
