#include "clicontext.h"
#include "core/calendarfile.h"
#include "core/slapolicy.h"
#include "core/vntime.h"
#include "keyring/keychainsecretstore.h"
#include "reporting/render/document.h"
#include "reporting/render/reportwriter.h"
#include "storage/profile.h"
#include "storage/referencerepository.h"
#include "storage/reportingsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// report: the periodic reports of Điều 18.2.f, headless, from a synced profile (or a data set).
namespace ioc::cli {

namespace {

reporting::render::Names namesOf(const QJsonObject &object)
{
    reporting::render::Names names;
    const auto read = [&object](const char *key, QHash<QString, QString> *into) {
        const QJsonObject map = object.value(QLatin1String(key)).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            into->insert(it.key(), it.value().toString());
        }
    };
    read("agencies", &names.agencies);
    read("categories", &names.categories);
    read("areas", &names.areas);
    return names;
}

} // namespace

int runReport(const QStringList &arguments, const CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("dir"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QString(), QStringLiteral("file"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QString(), QStringLiteral("kind"));
    const QCommandLineOption periodOption(QStringLiteral("period"), QString(), QStringLiteral("period"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("date"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("file"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QString(), QStringLiteral("instant"));
    const QCommandLineOption goLiveOption(QStringLiteral("go-live"), QString(), QStringLiteral("date"));
    const QCommandLineOption bomOption(QStringLiteral("bom"));
    parser.addOptions({profileOption, passphraseOption, dataOption, kindOption, periodOption, fromOption, toOption,
                       formatOption, outOption, nowOption, goLiveOption, bomOption});
    if (!parseArguments(parser, arguments, io)) {
        return exitUsage;
    }
    const QString usage =
        QStringLiteral("usage: ioc-admin report (--profile DIR [--passphrase-file F] | --data FILE.json) "
                       "--kind monthly|quarterly|yearly|evaluation|adhoc --period 2026-11|2026-Q4|2026 "
                       "[--from YYYY-MM-DD --to YYYY-MM-DD] --format pdf|xlsx|odt|csv --out FILE [--bom] [--now ISO] "
                       "[--go-live YYYY-MM-DD]");
    if (parser.isSet(profileOption) == parser.isSet(dataOption) || !parser.isSet(kindOption) ||
        !parser.isSet(formatOption) || !parser.isSet(outOption)) {
        return io.fail(usage, exitUsage);
    }
    const auto kind = reporting::periodKindFromName(parser.value(kindOption));
    if (!kind) {
        return io.fail(QStringLiteral("unknown --kind \"%1\" (monthly, quarterly, yearly, evaluation, adhoc)")
                           .arg(parser.value(kindOption)),
                       exitUsage);
    }
    const auto format = reporting::render::formatFromName(parser.value(formatOption));
    if (!format) {
        return io.fail(QStringLiteral("unknown --format \"%1\" (pdf, xlsx, odt, csv)").arg(parser.value(formatOption)),
                       exitUsage);
    }
    if (*kind != reporting::PeriodKind::AdHoc && !parser.isSet(periodOption)) {
        return io.fail(QStringLiteral("--kind %1 needs --period").arg(parser.value(kindOption)), exitUsage);
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(nowOption)) {
        const auto parsed = core::vntime::parseIso8601(parser.value(nowOption));
        if (!parsed) {
            return io.fail(QStringLiteral("--now \"%1\" is not an ISO 8601 instant").arg(parser.value(nowOption)),
                           exitUsage);
        }
        now = *parsed;
    }

    // The data, the names, the calendar and the policy: from the profile's replica as the
    // console sees them, or from a data set file (tests, analyses) with the defaults.
    std::optional<reporting::Dataset> data;
    reporting::render::Names names;
    core::WorkingCalendar calendar;
    core::SlaPolicy policy = core::SlaPolicy::defaults();
    keyring::KeychainSecretStore keyring;
    std::unique_ptr<storage::Profile> profile;
    if (parser.isSet(dataOption)) {
        QFile file(parser.value(dataOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return io.fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject()) {
            return io.fail(QStringLiteral("%1: not a JSON object (%2)").arg(file.fileName(), parseError.errorString()));
        }
        QString error;
        data = reporting::datasetFromJson(document.object(), &error);
        if (!data) {
            return io.fail(QStringLiteral("%1: %2").arg(file.fileName(), error));
        }
        names = namesOf(document.object().value(QStringLiteral("names")).toObject());
    } else {
        if (const int code = openProfile(parser, profileOption, passphraseOption, storage::Profile::Mode::OpenExisting,
                                         io, keyring, &profile);
            code != exitOk) {
            return code;
        }
        storage::ReferenceRepository reference(profile->replica());
        names = reporting::render::namesOf(reference.directory());
        if (const auto document = reference.document(QStringLiteral("calendar"))) {
            QString error;
            if (auto parsed = core::calendarfile::parse(QJsonDocument(*document).toJson(), &error)) {
                calendar = *parsed;
            }
        }
        if (const auto document = reference.document(QStringLiteral("sla_policy"))) {
            QString error;
            if (auto parsed = core::SlaPolicy::fromJson(QJsonDocument(*document).toJson(), &error)) {
                policy = *parsed;
            }
        }
        storage::StorageError error;
        data = storage::loadReportingDataset(profile->replica(), &error);
        if (!data) {
            return io.fail(error.message);
        }
    }

    const core::SlaPolicy::Reporting settings = policy.reporting();
    reporting::Options options;
    options.minimumSample = settings.minimumSample;
    QDate goLive = settings.goLive;
    if (parser.isSet(goLiveOption)) {
        goLive = QDate::fromString(parser.value(goLiveOption), Qt::ISODate);
        if (!goLive.isValid()) {
            return io.fail(
                QStringLiteral("--go-live \"%1\" is not a date such as 2026-02-01").arg(parser.value(goLiveOption)),
                exitUsage);
        }
    }
    if (goLive.isValid()) {
        options.goLive = core::vntime::fromLocal(goLive, QTime(0, 0)).toMSecsSinceEpoch();
    }
    QString error;
    const auto period =
        reporting::periodOf(*kind, parser.value(periodOption), {settings.periodFirstDay, settings.reportDueDay}, &error,
                            QDate::fromString(parser.value(fromOption), Qt::ISODate),
                            QDate::fromString(parser.value(toOption), Qt::ISODate));
    if (!period) {
        return io.fail(error, exitUsage);
    }

    QElapsedTimer timer;
    timer.start();
    const reporting::render::ReportDocument document =
        reporting::render::compose(*data, *period, now.toMSecsSinceEpoch(), calendar, options, names);
    reporting::render::WriteOptions writeOptions;
    writeOptions.csvByteOrderMark = parser.isSet(bomOption);
    const reporting::render::WriteResult result =
        reporting::render::writeReport(document, *format, parser.value(outOption), {}, writeOptions);
    if (!result.ok) {
        return io.fail(result.error);
    }
    int flagged = 0;
    for (const reporting::AgencyEvaluation &agency : document.evaluation.agencies) {
        flagged += agency.flags.isEmpty() ? 0 : 1;
    }
    io.out << "wrote " << parser.value(outOption) << " (" << parser.value(formatOption) << ", "
           << reporting::periodKindName(period->kind) << " " << period->name << ", " << period->window.label
           << "): received " << document.trend.received.value() << ", published " << document.trend.published.value()
           << ", overdue now " << document.now.overdue.value() << ", agencies " << document.evaluation.agencies.size()
           << " (" << flagged << " flagged), " << timer.elapsed() << " ms" << Qt::endl;
    return exitOk;
}

} // namespace ioc::cli
