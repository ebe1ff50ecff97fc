#include "reporting/dataset.h"

#include "core/vntime.h"
#include "core/workflow.h"

#include <QJsonArray>
#include <QSet>

namespace ioc::reporting {

namespace {

Ms msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Reads one object of the data set, remembering the first problem.
class Reader
{
public:
    Reader(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}

    QString text(const char *key) const { return m_object.value(QLatin1String(key)).toString(); }
    bool flag(const char *key) const { return m_object.value(QLatin1String(key)).toBool(); }
    QStringList list(const char *key) const
    {
        QStringList values;
        for (const QJsonValue &value : m_object.value(QLatin1String(key)).toArray()) {
            values.append(value.toString());
        }
        return values;
    }
    Ms time(const char *key, bool required = false) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(QStringLiteral("%1 is missing").arg(QLatin1String(key)));
            }
            return 0;
        }
        const auto parsed = core::vntime::parseIso8601(value.toString());
        if (!parsed) {
            fail(QStringLiteral("%1 \"%2\" is not an ISO 8601 time").arg(QLatin1String(key), value.toString()));
            return 0;
        }
        return parsed->toMSecsSinceEpoch();
    }
    template<typename T, typename F>
    T enumeration(const char *key, F fromName, T fallback, bool required = false) const
    {
        const QString name = text(key);
        if (name.isEmpty() && !required) {
            return fallback;
        }
        const auto value = fromName(name);
        if (!value) {
            fail(QStringLiteral("%1 \"%2\" is unknown").arg(QLatin1String(key), name));
            return fallback;
        }
        return *value;
    }
    void fail(const QString &message) const
    {
        if (m_error->isEmpty()) {
            *m_error = m_where + QStringLiteral(": ") + message;
        }
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

} // namespace

void KeyPool::intern(QString &key)
{
    if (m_pooled.contains(key.constData())) {
        return;
    }
    auto it = m_keys.constFind(key);
    if (it == m_keys.cend()) {
        it = m_keys.insert(key);
        m_pooled.insert(it->constData());
    }
    key = *it;
}

void KeyPool::intern(ReportFacts &report)
{
    intern(report.categoryId);
    intern(report.areaId);
    intern(report.leadAgencyId);
    for (QString &reason : report.rejectReasons) {
        intern(reason);
    }
    for (ClockFact &clock : report.clocks) {
        intern(clock.agencyId);
    }
}

void KeyPool::intern(CallFact &call)
{
    intern(call.agencyId);
}

LiveDataset::LiveDataset(Dataset data)
    : m_data(std::move(data))
{
    m_index.reserve(qsizetype(m_data.reports.size()));
    for (size_t i = 0; i < m_data.reports.size(); ++i) {
        m_keys.intern(m_data.reports[i]);
        m_index.insert(m_data.reports[i].id, i);
    }
    for (CallFact &call : m_data.calls) {
        m_keys.intern(call);
    }
}

void LiveDataset::apply(const QStringList &changedIds, std::vector<ReportFacts> facts, std::vector<CallFact> calls)
{
    const QSet<QString> changed(changedIds.begin(), changedIds.end());
    QSet<QString> present;
    for (ReportFacts &report : facts) {
        m_keys.intern(report);
        present.insert(report.id);
        const auto it = m_index.constFind(report.id);
        if (it != m_index.cend()) {
            m_data.reports[*it] = std::move(report);
        } else {
            m_index.insert(report.id, m_data.reports.size());
            m_data.reports.push_back(std::move(report));
        }
    }
    // Removed: the last report takes the removed one's place.
    for (const QString &id : changed) {
        if (present.contains(id)) {
            continue;
        }
        const auto it = m_index.constFind(id);
        if (it == m_index.cend()) {
            continue;
        }
        const size_t position = *it;
        m_index.erase(it);
        if (position != m_data.reports.size() - 1) {
            m_data.reports[position] = std::move(m_data.reports.back());
            m_index.insert(m_data.reports[position].id, position);
        }
        m_data.reports.pop_back();
    }
    std::erase_if(m_data.calls, [&changed](const CallFact &call) { return changed.contains(call.reportId); });
    for (CallFact &call : calls) {
        m_keys.intern(call);
        m_data.calls.push_back(std::move(call));
    }
}

ReportFacts factsOf(const core::Report &report)
{
    ReportFacts facts;
    facts.id = report.id;
    facts.code = report.code;
    facts.title = report.title;
    facts.state = report.state;
    facts.channel = report.channel;
    facts.categoryId = report.categoryId;
    facts.areaId = report.position.areaId;
    facts.leadAgencyId = report.leadAgencyId;
    facts.receivedAt = msOf(report.receivedAt);
    facts.urgent = report.urgent;
    facts.hidden = report.hidden;
    facts.publishedAt = msOf(report.publishedAt);
    if (!report.ratings.isEmpty()) {
        facts.ratedAt = msOf(report.ratings.constLast().ratedAt);
        facts.rating = report.ratings.constLast().level;
    } else if (report.rating) {
        facts.rating = report.rating;
        facts.ratedAt = facts.publishedAt;
    }
    facts.sanctionProcedure = !report.sanctionProcedure.isEmpty();
    facts.repeatOf = report.repeatOf;
    for (const core::RejectReason reason : report.rejectReasons) {
        facts.rejectReasons.append(core::rejectReasonName(reason));
    }
    facts.clocks.reserve(size_t(report.clocks.size()));
    for (const core::ReportClock &clock : report.clocks) {
        facts.clocks.push_back(ClockFact{clock.step, clock.status, clock.agencyId, msOf(clock.startedAt),
                                         msOf(clock.dueAt), msOf(clock.stoppedAt), clock.onTime});
    }
    return facts;
}

std::optional<Dataset> datasetFromJson(const QJsonObject &document, QString *error)
{
    error->clear();
    Dataset data;
    const QJsonArray reports = document.value(QStringLiteral("reports")).toArray();
    for (qsizetype i = 0; i < reports.size() && error->isEmpty(); ++i) {
        const QJsonObject object = reports.at(i).toObject();
        const Reader r(object, QStringLiteral("reports[%1]").arg(i), error);
        ReportFacts facts;
        facts.id = r.text("id");
        if (facts.id.isEmpty()) {
            r.fail(QStringLiteral("id is missing"));
        }
        facts.code = r.text("code");
        facts.title = r.text("title");
        facts.state = r.enumeration("state", core::reportStateFromName, core::ReportState::Received, true);
        facts.channel = r.enumeration("channel", core::channelFromName, core::Channel::MobileApp);
        facts.categoryId = r.text("category_id");
        facts.areaId = r.text("area_id");
        facts.leadAgencyId = r.text("lead_agency_id");
        facts.receivedAt = r.time("received_at", true);
        facts.urgent = r.flag("urgent");
        facts.hidden = r.flag("hidden");
        facts.publishedAt = r.time("published_at");
        facts.ratedAt = r.time("rated_at");
        if (!r.text("rating").isEmpty()) {
            facts.rating = r.enumeration("rating", core::satisfactionFromName, core::Satisfaction::Satisfied);
        }
        facts.sanctionProcedure = r.flag("sanction_procedure");
        facts.repeatOf = r.text("repeat_of");
        facts.rejectReasons = r.list("reject_reasons");
        const QJsonArray clocks = object.value(QStringLiteral("clocks")).toArray();
        for (qsizetype c = 0; c < clocks.size(); ++c) {
            const Reader k(clocks.at(c).toObject(), QStringLiteral("reports[%1].clocks[%2]").arg(i).arg(c), error);
            ClockFact clock;
            clock.step = k.enumeration("step", core::clockStepFromName, core::ClockStep::Distribute, true);
            clock.status = k.enumeration("status", core::clockStatusFromName, core::ClockStatus::Running, true);
            clock.agencyId = k.text("agency_id");
            clock.startedAt = k.time("started_at", true);
            clock.dueAt = k.time("due_at");
            clock.stoppedAt = k.time("stopped_at");
            const QJsonValue onTime = clocks.at(c).toObject().value(QStringLiteral("on_time"));
            if (onTime.isBool()) {
                clock.onTime = onTime.toBool();
            }
            facts.clocks.push_back(clock);
        }
        data.reports.push_back(std::move(facts));
    }
    const QJsonArray calls = document.value(QStringLiteral("calls")).toArray();
    for (qsizetype i = 0; i < calls.size() && error->isEmpty(); ++i) {
        const QJsonObject object = calls.at(i).toObject();
        const Reader r(object, QStringLiteral("calls[%1]").arg(i), error);
        const auto outcome = core::callOutcome(object);
        if (!outcome) {
            r.fail(QStringLiteral("outcome is missing or unknown"));
            break;
        }
        data.calls.push_back(
            CallFact{r.text("report_id"), r.text("agency_id"), r.time("at", true), core::isMissedCall(*outcome)});
    }
    const QJsonArray letters = document.value(QStringLiteral("letters")).toArray();
    for (qsizetype i = 0; i < letters.size() && error->isEmpty(); ++i) {
        const Reader r(letters.at(i).toObject(), QStringLiteral("letters[%1]").arg(i), error);
        data.letters.push_back(LetterFact{r.text("id"), r.text("number"), r.text("agency_id"),
                                          r.time("issued_at", true), r.list("report_ids")});
    }
    const QJsonArray assessments = document.value(QStringLiteral("assessments")).toArray();
    for (qsizetype i = 0; i < assessments.size() && error->isEmpty(); ++i) {
        const Reader r(assessments.at(i).toObject(), QStringLiteral("assessments[%1]").arg(i), error);
        data.assessments.push_back(AssessmentFact{r.text("agency_id"), r.time("from", true), r.time("to", true),
                                                  r.text("level"), r.text("text"), r.time("recorded_at")});
    }
    if (!error->isEmpty()) {
        return std::nullopt;
    }
    return data;
}

} // namespace ioc::reporting
