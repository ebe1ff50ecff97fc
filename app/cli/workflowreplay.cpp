#include "clicontext.h"
#include "core/calendarfile.h"
#include "core/reportjson.h"
#include "core/slapolicy.h"
#include "core/vntime.h"
#include "core/workflow.h"
#include "demodata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// ioc-admin workflow replay: a case (a report and the events that happen to it) applied through
// the core exactly as the server applies actions, printing the final state and every clock, and
// checking the case's stated expectations. The format is in docs/workflow.md.
namespace ioc::cli {

namespace {

std::optional<QJsonObject> readJsonObject(const QString &path, const QString &what, const CommandIo &io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.fail(QStringLiteral("cannot read %1 %2: %3").arg(what, path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        io.fail(QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString()));
        return std::nullopt;
    }
    return document.object();
}

// {"areas": [...], "agencies": [...], "categories": [...]} in the API's format; without a file,
// the demo province.
std::optional<core::Directory> loadDirectory(const QString &path, const CommandIo &io)
{
    core::Directory directory;
    if (path.isEmpty()) {
        for (const core::Area &area : server::demo::areas()) {
            directory.addArea(area);
        }
        for (const core::Agency &agency : server::demo::agencies()) {
            directory.addAgency(agency);
        }
        for (const core::Category &category : server::demo::categories()) {
            directory.addCategory(category);
        }
        return directory;
    }
    const auto object = readJsonObject(path, QStringLiteral("directory"), io);
    if (!object) {
        return std::nullopt;
    }
    for (const QJsonValue &value : object->value(QStringLiteral("areas")).toArray()) {
        const auto area = core::json::toArea(value.toObject());
        if (!area.ok()) {
            io.fail(QStringLiteral("%1: an area: %2").arg(path, area.error().field()));
            return std::nullopt;
        }
        directory.addArea(area.value());
    }
    for (const QJsonValue &value : object->value(QStringLiteral("agencies")).toArray()) {
        const auto agency = core::json::toAgency(value.toObject());
        if (!agency.ok()) {
            io.fail(QStringLiteral("%1: an agency: %2").arg(path, agency.error().field()));
            return std::nullopt;
        }
        directory.addAgency(agency.value());
    }
    for (const QJsonValue &value : object->value(QStringLiteral("categories")).toArray()) {
        const auto category = core::json::toCategory(value.toObject());
        if (!category.ok()) {
            io.fail(QStringLiteral("%1: a category: %2").arg(path, category.error().field()));
            return std::nullopt;
        }
        directory.addCategory(category.value());
    }
    return directory;
}

QString timeOrDash(const QDateTime &at)
{
    return at.isValid() ? core::vntime::toIso8601(at) : QStringLiteral("-");
}

QString clockName(const core::ReportClock &clock)
{
    return clock.agencyId.isEmpty() ? core::clockStepName(clock.step)
                                    : core::clockStepName(clock.step) + u'@' + clock.agencyId;
}

// The last clock of that name (a step may run more than once).
const core::ReportClock *clockNamed(const core::Report &report, const QString &name)
{
    const core::ReportClock *found = nullptr;
    for (const core::ReportClock &clock : report.clocks) {
        if (clockName(clock) == name || core::clockStepName(clock.step) == name) {
            found = &clock;
        }
    }
    return found;
}

// Where `actual` differs from what `expected` states: objects only in the keys stated and arrays
// element by element, at any depth.
void compareSubset(const QJsonValue &expected, const QJsonValue &actual, const QString &path, QStringList &differences)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject got = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            compareSubset(it.value(), got.value(it.key()), path.isEmpty() ? it.key() : path + u'.' + it.key(),
                          differences);
        }
        return;
    }
    if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray got = actual.toArray();
        for (qsizetype i = 0; i < want.size(); ++i) {
            compareSubset(want.at(i), got.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), differences);
        }
        return;
    }
    if (expected != actual) {
        const auto text = [](const QJsonValue &value) {
            if (value.isUndefined()) {
                return QStringLiteral("(absent)");
            }
            return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        };
        differences.append(QStringLiteral("report %1: expected %2, got %3").arg(path, text(expected), text(actual)));
    }
}

} // namespace

int runWorkflowReplay(const QStringList &arguments, const CommandIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption caseFile(QStringLiteral("case"), QString(), QStringLiteral("file"));
    const QCommandLineOption policyFile(QStringLiteral("policy"), QString(), QStringLiteral("file"));
    const QCommandLineOption calendarFile(QStringLiteral("calendar"), QString(), QStringLiteral("file"));
    const QCommandLineOption directoryFile(QStringLiteral("directory"), QString(), QStringLiteral("file"));
    parser.addOptions({caseFile, policyFile, calendarFile, directoryFile});
    if (!parseArguments(parser, arguments, io)) {
        return exitUsage;
    }
    if (!parser.isSet(caseFile)) {
        return io.fail(QStringLiteral("usage: ioc-admin workflow replay --case FILE.json [--policy FILE] "
                                      "[--calendar FILE] [--directory FILE]"),
                       exitUsage);
    }
    const auto testCase = readJsonObject(parser.value(caseFile), QStringLiteral("case"), io);
    if (!testCase) {
        return exitFailure;
    }
    core::SlaPolicy policy = core::SlaPolicy::defaults();
    if (parser.isSet(policyFile)) {
        QFile file(parser.value(policyFile));
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            return io.fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        auto parsed = core::SlaPolicy::fromJson(file.readAll(), &error);
        if (!parsed) {
            return io.fail(QStringLiteral("%1: %2").arg(file.fileName(), error));
        }
        policy = *parsed;
    }
    const auto calendar = loadCalendar(parser.value(calendarFile), io);
    const auto directory = loadDirectory(parser.value(directoryFile), io);
    if (!calendar || !directory) {
        return exitFailure;
    }

    std::optional<core::Report> report;
    if (testCase->value(QStringLiteral("report")).isObject()) {
        const auto parsed = core::json::toReport(testCase->value(QStringLiteral("report")).toObject());
        if (!parsed.ok()) {
            return io.fail(
                QStringLiteral("the case's report: %1 %2").arg(parsed.error().code(), parsed.error().field()));
        }
        report = parsed.value();
    }
    const QJsonArray events = testCase->value(QStringLiteral("events")).toArray();
    QStringList differences;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        const QString actionName = event.value(QStringLiteral("action")).toString();
        const auto action = core::actionFromName(actionName);
        const auto role = core::roleFromName(event.value(QStringLiteral("actor_role")).toString());
        const auto at = core::vntime::parseIso8601(event.value(QStringLiteral("at")).toString());
        if (!action || !role || !at) {
            io.out << "event " << i << " (" << actionName << "): malformed (action, actor_role and at are needed)"
                   << Qt::endl;
            return exitFailure;
        }
        const core::Actor actor{event.value(QStringLiteral("actor_id")).toString(QStringLiteral("case-actor")), *role,
                                event.value(QStringLiteral("actor_agency_id")).toString()};
        core::WorkflowContext context;
        context.policy = &policy;
        context.calendar = &*calendar;
        context.directory = &*directory;
        context.receivedAt = *at;
        const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
        const auto outcome =
            *action == core::Action::Create
                ? core::createReport(QStringLiteral("case"), QStringLiteral("PA-CASE"), actor, payload, *at, context)
            : report ? core::applyAction(*report, actor, *action, payload, *at, context)
                     : core::Result<core::ActionOutcome>(core::WorkflowError(QStringLiteral("no_report")));
        // An event may be one the rules must refuse: "refused": {"code": …, "field": …}.
        const QJsonObject refusal = event.value(QStringLiteral("refused")).toObject();
        if (!outcome.ok()) {
            io.out << "event " << i << " (" << actionName << "): refused: " << outcome.error().code();
            if (!outcome.error().field().isEmpty()) {
                io.out << " (" << outcome.error().field() << ")";
            }
            if (refusal.isEmpty()) {
                io.out << Qt::endl;
                return exitFailure;
            }
            io.out << (refusal.value(QStringLiteral("code")).toString() == outcome.error().code() &&
                               (!refusal.contains(QStringLiteral("field")) ||
                                refusal.value(QStringLiteral("field")).toString() == outcome.error().field())
                           ? " as expected"
                           : "")
                   << Qt::endl;
            if (refusal.value(QStringLiteral("code")).toString() != outcome.error().code() ||
                (refusal.contains(QStringLiteral("field")) &&
                 refusal.value(QStringLiteral("field")).toString() != outcome.error().field())) {
                differences.append(QStringLiteral("event %1 (%2): expected refusal %3 (%4)")
                                       .arg(i)
                                       .arg(actionName, refusal.value(QStringLiteral("code")).toString(),
                                            refusal.value(QStringLiteral("field")).toString()));
            }
            continue; // nothing changed
        }
        if (!refusal.isEmpty()) {
            differences.append(QStringLiteral("event %1 (%2): expected refusal %3, accepted")
                                   .arg(i)
                                   .arg(actionName, refusal.value(QStringLiteral("code")).toString()));
        }
        report = outcome.value().report;
    }
    if (!report) {
        return io.fail(QStringLiteral("the case has neither a report nor a create event"));
    }

    io.out << "state " << core::reportStateName(report->state) << '\n';
    for (const core::ReportClock &clock : report->clocks) {
        io.out << clockName(clock) << ' '
               << (core::clockKind(clock.step) == core::ClockKind::Judging ? "judging" : "countdown") << ' '
               << core::clockStatusName(clock.status) << ' ' << timeOrDash(clock.startedAt) << ' '
               << timeOrDash(clock.dueAt) << ' ' << timeOrDash(clock.stoppedAt) << ' '
               << (clock.onTime ? (*clock.onTime ? "on_time" : "late") : "-") << '\n';
    }
    io.out.flush();

    // What the case says should come out.
    const QJsonObject expect = testCase->value(QStringLiteral("expect")).toObject();
    if (expect.contains(QStringLiteral("report"))) {
        compareSubset(expect.value(QStringLiteral("report")),
                      core::json::fromReport(*report, core::json::Identity::Include), QString(), differences);
    }
    if (expect.contains(QStringLiteral("state")) &&
        expect.value(QStringLiteral("state")).toString() != core::reportStateName(report->state)) {
        differences.append(
            QStringLiteral("state: expected %1, got %2")
                .arg(expect.value(QStringLiteral("state")).toString(), core::reportStateName(report->state)));
    }
    const QJsonObject clocks = expect.value(QStringLiteral("clocks")).toObject();
    for (auto it = clocks.begin(); it != clocks.end(); ++it) {
        const core::ReportClock *clock = clockNamed(*report, it.key());
        const QJsonObject want = it.value().toObject();
        if (clock == nullptr) {
            if (!want.value(QStringLiteral("absent")).toBool()) {
                differences.append(QStringLiteral("clock %1: missing").arg(it.key()));
            }
            continue;
        }
        if (want.value(QStringLiteral("absent")).toBool()) {
            differences.append(QStringLiteral("clock %1: expected none").arg(it.key()));
            continue;
        }
        if (want.contains(QStringLiteral("due_at"))) {
            const auto due = core::vntime::parseIso8601(want.value(QStringLiteral("due_at")).toString());
            if (!due || *due != clock->dueAt) {
                differences.append(
                    QStringLiteral("clock %1: due_at expected %2, got %3")
                        .arg(it.key(), want.value(QStringLiteral("due_at")).toString(), timeOrDash(clock->dueAt)));
            }
        }
        if (want.contains(QStringLiteral("status")) &&
            want.value(QStringLiteral("status")).toString() != core::clockStatusName(clock->status)) {
            differences.append(QStringLiteral("clock %1: status expected %2, got %3")
                                   .arg(it.key(), want.value(QStringLiteral("status")).toString(),
                                        core::clockStatusName(clock->status)));
        }
        if (want.contains(QStringLiteral("on_time"))) {
            const QJsonValue onTime = want.value(QStringLiteral("on_time"));
            const bool matches = onTime.isNull() ? !clock->onTime.has_value()
                                                 : clock->onTime.has_value() && *clock->onTime == onTime.toBool();
            if (!matches) {
                differences.append(
                    QStringLiteral("clock %1: on_time expected %2, got %3")
                        .arg(it.key(),
                             onTime.isNull() ? QStringLiteral("null")
                                             : (onTime.toBool() ? QStringLiteral("true") : QStringLiteral("false")),
                             clock->onTime ? (*clock->onTime ? QStringLiteral("true") : QStringLiteral("false"))
                                           : QStringLiteral("null")));
            }
        }
    }
    for (const QString &difference : std::as_const(differences)) {
        io.out << "DIFFERS " << difference << '\n';
    }
    io.out.flush();
    return differences.isEmpty() ? exitOk : exitFailure;
}

} // namespace ioc::cli
