#include "support/hostprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The periodic reports as files, made by the real `ioc-admin report` headless (offscreen) from
// the fixed data set, and read back with other programs: the PDF with poppler's pdftotext and
// pdffonts, the XLSX with openpyxl, the ODT with Python's zipfile (Debian's python3, where
// python3-openpyxl is installed), the CSV as text. The figures
// in them are those computed by hand in tests/data/reporting/expected.json.
class TestReportFiles final : public QObject
{
    Q_OBJECT

private:
    static QString dataSet() { return QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/data/reporting/dataset.json"_s; }

    static QJsonObject expected()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/data/reporting/expected.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read expected.json");
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static int run(const QString &program, const QStringList &arguments, QString *out)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(120000)) {
            *out = u"did not finish: "_s + program;
            return -1;
        }
        *out = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // A build-machine tool (poppler's, Python): under Wine through the host launcher.
    static int host(const QString &program, const QStringList &arguments, QString *out)
    {
        const ioc::test::HostProcess::Result result = ioc::test::HostProcess::run(program, arguments, {}, 120000);
        *out = QString::fromUtf8(result.output + result.errors);
        return result.finished ? result.exitCode : -1;
    }

    static int report(const QStringList &arguments, QString *out)
    {
        return run(qEnvironmentVariable("IOC_ADMIN"),
                   QStringList{u"report"_s, u"--data"_s, dataSet(), u"--now"_s, u"2026-11-20T10:00:00+07:00"_s,
                               u"--go-live"_s, u"2026-02-01"_s} +
                       arguments,
                   out);
    }

    QTemporaryDir m_dir;

private slots:
    void pdfIsVietnameseTextWithVectorCharts()
    {
        const QString pdf = m_dir.filePath(u"monthly.pdf"_s);
        QString out;
        QCOMPARE(
            report({u"--kind"_s, u"monthly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf},
                   &out),
            0);
        QVERIFY2(out.contains(u"received 42, published 25, overdue now 5"_s), qPrintable(out));
        QString text;
        QCOMPARE(host(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}, &text), 0);
        // In reading order too: a table cell's wrapped lines come together there.
        QString flow;
        QCOMPARE(host(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}, &flow), 0);
        text += u'\n' + flow;
        // Vietnamese intact, in NFC.
        QCOMPARE(text, text.normalized(QString::NormalizationForm_C));
        for (const QString &wanted :
             {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s, u"BÁO CÁO"_s,
              u"Tháng 11/2026 (từ 15/10/2026 đến 14/11/2026)"_s, u"Tiếp nhận trong kỳ: 42 phản ánh."_s,
              u"Thành phố Đông Hà"_s, u"Công an tỉnh"_s, u"quá ít (4)"_s, u"70,0 %"_s,
              u"không đủ điều kiện Hoàn thành xuất sắc (14.3.a, 14.3.c, 14.3.d, 14.3.e, 14.3.f)"_s,
              u"VII. Tồn đọng, vướng mắc"_s}) {
            QVERIFY2(text.simplified().contains(wanted), qPrintable(u"missing: "_s + wanted));
        }
        QVERIFY(text.contains(QRegularExpression(u"Trang\\s+2/\\d+"_s)));
#ifdef IOC_HAS_CHARTS
        // The charts are vectors: their titles and labels are text in the PDF, not pixels. (A
        // build without Qt Charts has the tables alone, docs/windows.md.)
        QVERIFY(text.contains(u"Phản ánh tiếp nhận theo kênh, 15/10/2026 – 14/11/2026"_s));
        QVERIFY(text.contains(u"Tỷ lệ đúng hạn theo bước"_s));
#endif
        QString images;
        QCOMPARE(host(u"pdfimages"_s, {u"-list"_s, pdf}, &images), 0);
        QCOMPARE(images.trimmed().split(u'\n').size(), 2); // the header lines only: no picture at all
        // The font is embedded.
        QString fonts;
        QCOMPARE(host(u"pdffonts"_s, {pdf}, &fonts), 0);
        QVERIFY2(fonts.contains(u"NotoSerif-Regular"_s), qPrintable(fonts));
        for (const QString &line : fonts.split(u'\n').mid(2)) {
            if (!line.trimmed().isEmpty()) {
                QVERIFY2(line.contains(u" yes "_s), qPrintable(u"not embedded: "_s + line));
            }
        }
    }

    // A table longer than a page repeats its header on the next.
    void tableHeadersRepeatAcrossPages()
    {
        QJsonArray reports;
        for (int i = 0; i < 120; ++i) {
            reports.append(
                QJsonObject{{u"id"_s, u"o%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
                            {u"code"_s, u"PA-2026-%1"_s.arg(i, 6, 10, QLatin1Char('0'))},
                            {u"title"_s, u"Đèn đường hỏng số %1"_s.arg(i)},
                            {u"state"_s, u"in_progress"_s},
                            {u"lead_agency_id"_s, u"sxd"_s},
                            {u"received_at"_s, u"2026-11-02T08:00:00+07:00"_s},
                            {u"clocks"_s, QJsonArray{QJsonObject{{u"step"_s, u"process"_s},
                                                                 {u"status"_s, u"running"_s},
                                                                 {u"agency_id"_s, u"sxd"_s},
                                                                 {u"started_at"_s, u"2026-11-02T09:00:00+07:00"_s},
                                                                 {u"due_at"_s, u"2026-11-10T09:00:00+07:00"_s}}}}});
        }
        const QString data = m_dir.filePath(u"long.json"_s);
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"reports"_s, reports}}).toJson());
        file.close();
        const QString pdf = m_dir.filePath(u"long.pdf"_s);
        QString out;
        QCOMPARE(run(qEnvironmentVariable("IOC_ADMIN"),
                     {u"report"_s, u"--data"_s, data, u"--now"_s, u"2026-11-20T10:00:00+07:00"_s, u"--kind"_s,
                      u"monthly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf},
                     &out),
                 0);
        // Section V lists the 120 overdue reports: several pages, each with the header row.
        int pagesWithRows = 0;
        for (int page = 1; page <= 20; ++page) {
            QString text;
            if (host(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s},
                     &text) != 0) {
                break;
            }
            if (text.contains(u"Đèn đường hỏng số"_s)) {
                ++pagesWithRows;
                // Section V's list (header "Trách nhiệm") or section VII's ("Cơ quan chủ trì").
                QVERIFY2(text.contains(u"Trách nhiệm"_s) || text.contains(u"Cơ quan chủ trì"_s),
                         qPrintable(u"no header on page "_s + QString::number(page)));
            }
        }
        QVERIFY2(pagesWithRows >= 2, qPrintable(QString::number(pagesWithRows)));
    }

    void xlsxHasRealCellsAndFrozenHeaders()
    {
        const QString xlsx = m_dir.filePath(u"monthly.xlsx"_s);
        QString out;
        QCOMPARE(
            report({u"--kind"_s, u"monthly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx},
                   &out),
            0);
        const QString script = uR"(
import sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print("sheets", "|".join(book.sheetnames))
evaluation = book["Đánh giá"]
print("frozen", evaluation.freeze_panes, book["Danh sách phản ánh"].freeze_panes)
for row in evaluation.iter_rows(min_row=2, values_only=True):
    print("row", "|".join("" if v is None else (str(int(v)) if isinstance(v, float) else str(v)) for v in row))
reports = book["Danh sách phản ánh"]
print("reports", reports.max_row - 1)
cell = reports.cell(row=2, column=3).value
print("date", isinstance(cell, datetime.datetime), cell)
figures = book["Số liệu"]
for row in figures.iter_rows(min_row=2, values_only=True):
    if row[1] == "Phản ánh tiếp nhận":
        print("received", int(row[3]), type(row[3]).__name__)
)"_s;
        QString result;
        QCOMPARE(host(u"/usr/bin/python3"_s, {u"-c"_s, script, xlsx}, &result), 0);
        QVERIFY2(result.contains(u"sheets Số liệu|Đánh giá|Quá hạn|Danh sách phản ánh"_s), qPrintable(result));
        QVERIFY2(result.contains(u"frozen A2 A2"_s), qPrintable(result));
        QVERIFY2(result.contains(u"reports 42"_s), qPrintable(result));
        // Real dates in Vietnam time (s01, received 20/10/2026 08:00).
        QVERIFY2(result.contains(u"date True 2026-10-20 08:00:00"_s), qPrintable(result));
        QVERIFY2(result.contains(u"received 42 int"_s) || result.contains(u"received 42 float"_s), qPrintable(result));
        // The evaluation's numbers are the hand-computed ones (CSV columns 3-17; the XLSX adds
        // "handled" before "repeated").
        const QJsonArray lines = expected().value(u"evaluation_csv"_s).toArray();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList csv = lines.at(i).toString().split(u',');
            QStringList numbers = csv.mid(2, 15);
            QVERIFY2(result.contains(u"row "_s + csv.at(1) + u'|' + numbers.mid(0, 14).join(u'|')),
                     qPrintable(csv.at(1) + u'\n' + result));
        }
    }

    void odtIsAnOpenDocumentPackage()
    {
        const QString odt = m_dir.filePath(u"monthly.odt"_s);
        QString out;
        QCOMPARE(
            report({u"--kind"_s, u"monthly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"odt"_s, u"--out"_s, odt},
                   &out),
            0);
        const QString script = uR"(
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
print("first", names[0], z.getinfo(names[0]).compress_type == zipfile.ZIP_STORED)
print("mimetype", z.read("mimetype").decode())
print("manifest", "META-INF/manifest.xml" in names)
content = z.read("content.xml").decode("utf-8")
print("title", "BÁO CÁO" in content, "Công an tỉnh" in content)
print("pictures", len([n for n in names if n.startswith("Pictures/")]))
print("test", z.testzip())
)"_s;
        QString result;
        QCOMPARE(host(u"/usr/bin/python3"_s, {u"-c"_s, script, odt}, &result), 0);
        QVERIFY2(result.contains(u"first mimetype True"_s), qPrintable(result));
        QVERIFY2(result.contains(u"mimetype application/vnd.oasis.opendocument.text"_s), qPrintable(result));
        QVERIFY2(result.contains(u"manifest True"_s), qPrintable(result));
        QVERIFY2(result.contains(u"title True True"_s), qPrintable(result));
#ifdef IOC_HAS_CHARTS
        QVERIFY2(!result.contains(u"pictures 0"_s), qPrintable(result)); // the charts, as pictures
#endif
        QVERIFY2(result.contains(u"test None"_s), qPrintable(result));
    }

    // Headless, the evaluation over the ranking year gives the hand-computed table.
    void evaluationCsvHeadless()
    {
        const QString csv = m_dir.filePath(u"evaluation.csv"_s);
        QString out;
        QCOMPARE(report({u"--kind"_s, u"evaluation"_s, u"--period"_s, u"2026"_s, u"--format"_s, u"csv"_s, u"--bom"_s,
                         u"--out"_s, csv},
                        &out),
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QStringList wanted;
        for (const QJsonValue &line : expected().value(u"evaluation_year_csv"_s).toArray()) {
            wanted.append(line.toString());
        }
        QCOMPARE(lines, wanted);
    }

    void monthlyCsvNamesEveryWindow()
    {
        const QString csv = m_dir.filePath(u"monthly.csv"_s);
        QString out;
        QCOMPARE(
            report({u"--kind"_s, u"monthly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv},
                   &out),
            0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), u"section,figure,window,numerator,denominator,percent,note"_s);
        QVERIFY(lines.contains(u"Tiếp nhận,Phản ánh tiếp nhận,15/10/2026 – 14/11/2026,42,,,"_s));
        QVERIFY(lines.contains(u"Thời hạn,Đúng hạn: Xử lý,15/10/2026 – 14/11/2026,25,27,92.6,"_s));
        QVERIFY(lines.contains(u"Thời hạn,Đúng hạn: Phân phối,15/10/2026 – 14/11/2026,4,4,,quá ít (4)"_s));
        QVERIFY(lines.contains(u"Hiện tại,Đang quá hạn,lúc 10:00 20/11/2026,5,,,"_s));
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(!line.split(u',').value(2).isEmpty(), qPrintable(u"a figure without its window: "_s + line));
        }
    }

    // Bad input: a clear message, exit code 2 for usage, and no file left behind.
    void badRequestsLeaveNothing()
    {
        QString out;
        const QString target = m_dir.filePath(u"bad.pdf"_s);
        QCOMPARE(report({u"--kind"_s, u"monthly"_s, u"--period"_s, u"2026-13"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                         target},
                        &out),
                 2);
        QVERIFY2(out.contains(u"a monthly period is named YYYY-MM, such as 2026-11, not \"2026-13\""_s),
                 qPrintable(out));
        QCOMPARE(
            report({u"--kind"_s, u"weekly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"pdf"_s, u"--out"_s, target},
                   &out),
            2);
        QVERIFY2(out.contains(u"unknown --kind \"weekly\""_s), qPrintable(out));
        QCOMPARE(report({u"--kind"_s, u"monthly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"docx"_s, u"--out"_s,
                         target},
                        &out),
                 2);
        const QString missingFolder = m_dir.filePath(u"no/such/folder/r.pdf"_s);
        QCOMPARE(report({u"--kind"_s, u"monthly"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                         missingFolder},
                        &out),
                 1);
        QVERIFY2(out.contains(u"the folder does not exist"_s), qPrintable(out));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_dir.path()).entryList({u"*.part"_s}, QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestReportFiles)
#include "testreportfiles.moc"
