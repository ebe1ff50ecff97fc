#pragma once

#include "core/workflowerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace ioc::server {

// A handler's answer before it becomes an HTTP response.
struct ApiResult
{
    int status = 200;
    QJsonObject body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray rawBody;     // when set, sent as is (replayed idempotent answers, XML)
    QByteArray contentType; // of rawBody when it is not JSON
};

ApiResult ok(const QJsonObject &body, int status = 200);
// {"error": {"code", "message" (Vietnamese), "message_en", "field"?}} — the code is stable, the
// messages are for people. Known codes have their messages in apiresult.cpp.
ApiResult error(int status, const QString &code, const QString &field = {});
ApiResult workflowError(const core::WorkflowError &error);
int statusOf(core::ErrorCategory category);

} // namespace ioc::server
