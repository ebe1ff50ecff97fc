#include "core/workflow.h"
#include "core/workflowdoc.h"

#include <QFile>
#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

class TestWorkflowDoc final : public QObject
{
    Q_OBJECT

private slots:
    void docsWorkflowIsTheGeneratedText()
    {
        QFile file(qEnvironmentVariable("IOC_SOURCE_DIR") + u"/docs/workflow.md"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/workflow.md is missing");
        QVERIFY2(QString::fromUtf8(file.readAll()) == workflowdoc::markdown(),
                 "docs/workflow.md is stale: run build-test/bin/ioc-admin workflow --markdown > docs/workflow.md");
    }

    void diagramHasEveryStateAndStateChange()
    {
        const QString dot = workflowdoc::dot();
        for (const ReportState state : allReportStates()) {
            QVERIFY(dot.contains(u"    "_s + reportStateName(state)));
        }
        QVERIFY(dot.contains(u"received -> verified [label=\"accept\"]"_s));
        QVERIFY(dot.contains(u"approved -> in_progress [label=\"step_back\"]"_s));
        QVERIFY(dot.contains(u"approved -> verified [label=\"agreement_answer\"]"_s));
        QVERIFY(dot.contains(u"returned -> coordinating [label=\"start_coordination\"]"_s));
        QVERIFY(dot.contains(u"start -> received [label=\"create\"]"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDoc)
#include "testworkflowdoc.moc"
