#include "clicontext.h"
#include "core/workflowdoc.h"

namespace ioc::cli {

int runWorkflow(const QStringList &arguments, const CommandIo &io)
{
    if (arguments.value(1) == QStringLiteral("replay")) {
        return runWorkflowReplay(arguments.mid(1), io);
    }
    QCommandLineParser parser;
    const QCommandLineOption dot(QStringLiteral("dot"));
    const QCommandLineOption markdown(QStringLiteral("markdown"));
    parser.addOptions({dot, markdown});
    if (!parseArguments(parser, arguments, io)) {
        return exitUsage;
    }
    if (parser.isSet(dot) == parser.isSet(markdown)) {
        return io.fail(QStringLiteral("workflow needs exactly one of --dot or --markdown"), exitUsage);
    }
    io.out << (parser.isSet(dot) ? core::workflowdoc::dot() : core::workflowdoc::markdown());
    io.out.flush();
    return exitOk;
}

} // namespace ioc::cli
