#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or a single one
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(path));
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
                messages << current;
            }
        } else if (name == u"numerusform"_s) {
            current.translations << xml.readElementText();
        }
        if (xml.isEndElement() && xml.name() == u"translation"_s && current.numerus) {
            messages << current;
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    }
    return messages;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> result;
    for (const Message &m : messages) {
        result.insert(m.context + u" | "_s + m.source);
    }
    return result;
}

QString sourceDir()
{
    return qEnvironmentVariable("IOC_SOURCE_DIR");
}

} // namespace

// The Vietnamese catalogue is complete and matches the sources; Qt's own strings that the
// console shows (standard buttons) are translated too.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void vietnameseCatalogueIsComplete()
    {
        const auto messages = readCatalogue(sourceDir() + u"/translations/ioc_vi.ts"_s);
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(u"not finished ("_s + m.type + u"): "_s + where));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(u"empty translation: "_s + where));
            }
        }
    }

    // The regulation writes "06 ngày làm việc"; a console says "6 ngày làm việc" (issue 27 §6).
    void countsAreNotZeroPadded()
    {
        static const QRegularExpression padded(uR"((?<![\d/.:,])0\d (ngày|giờ|phút|tháng|năm|lần))"_s);
        for (const Message &m : readCatalogue(sourceDir() + u"/translations/ioc_vi.ts"_s)) {
            for (const QString &t : m.translations) {
                const auto match = padded.match(t);
                QVERIFY2(!match.hasMatch(),
                         qPrintable(u"zero-padded count \""_s + match.captured() + u"\" in: "_s + t));
            }
        }
    }

    void englishPluralsAreTranslated()
    {
        for (const Message &m : readCatalogue(sourceDir() + u"/translations/ioc_en.ts"_s)) {
            if (m.numerus) {
                QVERIFY2(m.type.isEmpty() && m.translations.size() == 2, qPrintable(m.source));
            }
        }
    }

    void cataloguesMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(u"fresh_vi.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(qEnvironmentVariable("IOC_LUPDATE"),
                      {u"-recursive"_s, u"-extensions"_s, u"cpp,h,ui"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                       u"-I"_s, u"app"_s, u"-I"_s, u"."_s, u"app"_s, u"ui"_s, u"-ts"_s, fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const auto expected = keys(readCatalogue(fresh));
        for (const QString &catalogue : {u"ioc_vi.ts"_s, u"ioc_en.ts"_s}) {
            const auto actual = keys(readCatalogue(sourceDir() + u"/translations/"_s + catalogue));
            const auto missing = expected - actual;
            const auto stale = actual - expected;
            QVERIFY2(missing.isEmpty(),
                     qPrintable(catalogue + u" lacks: "_s + QStringList(missing.values()).join(u"; ")));
            QVERIFY2(stale.isEmpty(),
                     qPrintable(catalogue + u" has stale: "_s + QStringList(stale.values()).join(u"; ")));
        }
    }

    void qtStringsAreTranslated()
    {
        const auto messages = readCatalogue(sourceDir() + u"/translations/qt_vi.ts"_s);
        QVERIFY(keys(messages).contains(u"QPlatformTheme | Cancel"_s));
        for (const Message &m : messages) {
            QVERIFY2(m.type.isEmpty() && !m.translations.value(0).isEmpty(), qPrintable(m.source));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
