#include "apiserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// docs/api/openapi.yaml is the contract: every route in it is served and every served route is
// in it.
class TestOpenApi final : public QObject
{
    Q_OBJECT

private slots:
    void contractAndServerAgree()
    {
        QFile file(qEnvironmentVariable("IOC_SOURCE_DIR") + u"/docs/api/openapi.yaml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> documented;
        QString path;
        bool inPaths = false;
        static const QRegularExpression pathLine(u"^  (/\\S+):\\s*$"_s);
        static const QRegularExpression methodLine(u"^    (get|put|post|delete|patch):"_s);
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line == u"paths:"_s) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !line.startsWith(u' ')) {
                inPaths = false;
            }
            if (!inPaths) {
                continue;
            }
            if (const auto m = pathLine.match(line); m.hasMatch()) {
                path = m.captured(1);
            } else if (const auto m = methodLine.match(line); m.hasMatch()) {
                documented.insert(m.captured(1).toUpper() + u' ' + path);
            }
        }
        QVERIFY(documented.size() > 20);
        QSet<QString> served;
        for (const server::Route &route : server::ApiServer::routes()) {
            served.insert(QString::fromLatin1(route.method) + u' ' + route.pattern);
        }
        const QSet<QString> undocumented = served - documented;
        const QSet<QString> unserved = documented - served;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(u"served but not in openapi.yaml: "_s + QStringList(undocumented.values()).join(u", ")));
        QVERIFY2(unserved.isEmpty(),
                 qPrintable(u"in openapi.yaml but not served: "_s + QStringList(unserved.values()).join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "testopenapi.moc"
