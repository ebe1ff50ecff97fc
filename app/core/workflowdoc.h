#pragma once

#include <QString>

// Documentation generated from the workflow table, so docs/workflow.md is never kept by hand.
namespace ioc::core::workflowdoc {

// The state machine as a Graphviz digraph (state-changing actions as labelled edges).
QString dot();
// docs/workflow.md: the diagram, every action with roles, states, transitions, agency scope,
// version bump, clock effects and payload, the clock table and the default deadlines.
QString markdown();

} // namespace ioc::core::workflowdoc
