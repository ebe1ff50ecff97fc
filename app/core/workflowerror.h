#pragma once

#include "core/language.h"

#include <QString>

#include <utility>
#include <variant>

namespace ioc::core {

// What kind of refusal an error is; the server maps it to an HTTP status.
enum class ErrorCategory
{
    Forbidden,    // the role or agency may not do this (403)
    Conflict,     // not possible in the report's current state (409)
    InvalidInput, // the payload is wrong (400)
    OverLimit,    // well formed, but not acceptable as it stands: over a limit, a failing gate (422)
};

// A refusal with a stable machine code (e.g. "role_not_allowed", "reject_needs_reason"), the
// payload field it concerns if any, and messages in Vietnamese and English.
class WorkflowError
{
public:
    WorkflowError() = default;
    explicit WorkflowError(QString code, QString field = {});

    bool isError() const { return !m_code.isEmpty(); }
    const QString &code() const { return m_code; }
    const QString &field() const { return m_field; }
    ErrorCategory category() const;
    QString message(Language language) const;

    friend bool operator==(const WorkflowError &, const WorkflowError &) = default;

private:
    QString m_code;
    QString m_field;
};

// Every error code the rules can produce, for documentation and tests.
QStringList allWorkflowErrorCodes();
// A refusal that names reference data (an unknown agency or category, an agency's scope): the
// same request may succeed once the directory changes, so the server never keeps it as the
// request's final answer.
bool dependsOnReferenceData(const QString &code);

// A value or the refusal that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(WorkflowError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const WorkflowError &error() const
    {
        static const WorkflowError none;
        return ok() ? none : std::get<WorkflowError>(m_state);
    }

private:
    std::variant<T, WorkflowError> m_state;
};

} // namespace ioc::core
