#pragma once

#include "apiresult.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// The documents of Open311 GeoReport v2 (docs/open311.md) in both of its formats, from one tree:
// XML as the specification nests it (a list is a wrapper element around repeated items) and
// JSON as it flattens it (a list is an array, an element an object, the root list the document).
namespace ioc::server::open311 {

enum class Format
{
    Xml,
    Json,
};
// "xml" or "json", the extension of the resource asked for.
std::optional<Format> formatFromExtension(const QString &extension);

struct Node
{
    enum class Kind
    {
        Leaf,   // <name>text</name> / "name": value
        Object, // <name>children</name> / {children}
        List,   // <name><item/>…</name> / [items]
    };
    Kind kind = Kind::Leaf;
    QString name;
    QJsonValue value;     // a leaf's; null gives an empty element
    QList<Node> children; // an object's fields, a list's items

    static Node leaf(const QString &name, const QJsonValue &value) { return {Kind::Leaf, name, value, {}}; }
    static Node object(const QString &name, QList<Node> fields = {}) { return {Kind::Object, name, {}, fields}; }
    static Node list(const QString &name, QList<Node> items = {}) { return {Kind::List, name, {}, items}; }
};

QByteArray toXml(const Node &root);
QJsonValue toJson(const Node &node);

// The document as an answer, with its content type (XML: text/xml, UTF-8).
ApiResult answer(Format format, const Node &root, int status = 200);
// The specification's error list: <errors><error><code/><description/></error></errors>.
struct Error
{
    int code = 400;
    QString description;
};
ApiResult errors(Format format, int status, const QList<Error> &list);
inline ApiResult error(Format format, int status, const QString &description)
{
    return errors(format, status, {{status, description}});
}

} // namespace ioc::server::open311
