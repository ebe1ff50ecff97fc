#pragma once

#include "core/domain.h"
#include "core/language.h"
#include "core/report.h"
#include "core/slapolicy.h"
#include "reporting/evaluation.h"

#include <QString>
#include <QTranslator>

namespace ioc::reporting::render {

// The words of a periodic report: Vietnamese by default, from the project's Vietnamese catalogue,
// whatever language the console shows (the reports go to the Provincial People's Committee). The
// dashboard asks for the console's language. Labels of states, channels and steps are the
// console's own.
class Wording final
{
public:
    explicit Wording(core::Language language = core::Language::Vietnamese);
    Q_DISABLE_COPY_MOVE(Wording)

    // The catalogue was found (else every text stays in its English source).
    bool isLoaded() const { return m_loaded; }
    QString text(const char *context, const char *source) const;
    // A sentence of the report (context "ioc::reporting::render").
    QString operator()(const char *source) const { return text("ioc::reporting::render", source); }

    QString state(core::ReportState state) const;
    QString channel(core::Channel channel) const;
    QString step(core::ClockStep step) const;
    QString stage(Stage stage) const;
    QString satisfaction(core::Satisfaction level) const;
    QString criterion(Criterion criterion) const;
    QString rejectReason(const QString &name) const;

    // 1.234 and 70,5 % (Vietnamese number forms).
    static QString number(qint64 value);
    static QString percent(double value);
    // "70,0 % (7/10)", or "quá ít (4)" under the minimum sample.
    QString share(const Share &share) const;
    // "1 ngày 2 giờ", "45 phút".
    QString duration(Ms milliseconds) const;
    static QString dateTime(Ms instant); // "14:05 20/11/2026", Vietnam time
    static QString date(Ms instant);     // "20/11/2026"

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace ioc::reporting::render
