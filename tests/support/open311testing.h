#pragma once

#include "support/testserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// What the Open311 tests (server/testopen311*) share: a strict reading of the specification's
// XML, forms as clients post them, connected systems.
namespace ioc::test::open311 {

// An XML element as the specification nests them: a name, text or child elements, no attributes.
struct Element
{
    QString name;
    QString text;
    QList<Element> children;

    QStringList names() const;
    Element child(const QString &childName) const; // the first so named, or an empty one
    QString value(const QString &childName) const { return child(childName).text; }
};

// Strict: well-formed, declared UTF-8, no attribute, namespace, processing instruction or text
// beside child elements anywhere.
bool parseStrictXml(const QByteArray &bytes, Element *root, QString *problem);

// A form as browsers and clients write it (application/x-www-form-urlencoded, a space as '+').
QByteArray form(const QList<std::pair<QString, QString>> &fields);
extern const QList<std::pair<QByteArray, QByteArray>> formType;

// The service_request_id of a JSON answer to a POST (empty if none).
QString filedId(const HttpResponse &response);

// A connected system made by an administrator through /v1/systems: its account and its key.
struct System
{
    QString id;
    QString key;
};
System addSystem(HttpClient &http, const QByteArray &adminToken, const QString &username, const QString &name);

} // namespace ioc::test::open311
