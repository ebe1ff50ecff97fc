#pragma once

#include "core/directory.h"
#include "core/report.h"
#include "core/workflow.h"

#include <QJsonObject>

#include <functional>

class QWidget;

// The pages of the agency's processing dialog, one per action (Điều 11, 13, 15, 16): the fields
// each action asks for, whether they are complete, and the payload they make.
namespace ioc::ui {
class ResultEditor;
}

namespace ioc::ui::processing {

struct Page
{
    core::Action action;
    QWidget *widget = nullptr;
    std::function<QJsonObject()> payload;
    std::function<bool()> valid;
    ResultEditor *editor = nullptr; // the pages that write a result
};

struct Context
{
    const core::Report &report;
    const core::Directory &directory;
    const core::Actor &actor;
};

// Whether an action the workflow allows (role, state) makes sense for this report now: dispatch
// and "result obtained" only when urgent and not done, answers only to open interactions, an
// agreement only when asked.
bool applies(const core::Report &report, core::Action action);

// The page of one action, a child of `parent`; `changed` runs whenever its fields change.
Page makePage(core::Action action, const Context &context, QWidget *parent, const std::function<void()> &changed);

} // namespace ioc::ui::processing
