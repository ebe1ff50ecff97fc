#include "support/serverdata.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ioc;
using namespace Qt::StringLiterals;

// Paging through a feed of more than 10,000 changes: no gap, no duplicate, for every page size.
class TestFeedPaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server =
            std::make_unique<test::TestServer>(test::TestServer::Options{true, m_dir.filePath(u"data"_s), {}, {}, {}});
        test::prepareServerData(m_server->dataDirectory(), 10000, m_server->postgresUrl());
        m_server->start();
    }

    void noGapNoDuplicate_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1000") << 1000;
        QTest::newRow("997") << 997;
        QTest::newRow("250") << 250;
    }

    void noGapNoDuplicate()
    {
        QFETCH(int, limit);
        test::HttpClient client(m_server->url());
        const QByteArray token = client.login(u"truc1"_s);
        QSet<QString> seen;
        QString cursor = u"0"_s;
        qint64 previous = 0;
        int pages = 0;
        for (;;) {
            const test::HttpResponse response =
                client.get(u"/v1/changes?cursor=%1&limit=%2"_s.arg(cursor).arg(limit), token);
            QCOMPARE(response.status, 200);
            const QJsonArray changes = response.json.value(u"changes"_s).toArray();
            QVERIFY(changes.size() <= limit);
            for (const QJsonValue &change : changes) {
                const QString key = change[u"kind"_s].toString() + u'/' + change[u"id"_s].toString();
                QVERIFY2(!seen.contains(key), qPrintable(u"duplicate "_s + key));
                seen.insert(key);
            }
            const qint64 next = response.json.value(u"next_cursor"_s).toString().toLongLong();
            QVERIFY(next >= previous);
            previous = next;
            cursor = QString::number(next);
            ++pages;
            if (!response.json.value(u"has_more"_s).toBool()) {
                break;
            }
        }
        int bulk = 0;
        for (const QString &key : seen) {
            bulk += key.startsWith(u"report/bulk-"_s) ? 1 : 0;
        }
        QCOMPARE(bulk, 10000);
        QVERIFY(pages >= 10000 / limit);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestFeedPaging)
#include "testfeedpaging.moc"
