#include "open311format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace ioc::server::open311 {

namespace {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number, 'g', 12);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

void write(QXmlStreamWriter &xml, const Node &node)
{
    if (node.kind == Node::Kind::Leaf) {
        const QString content = text(node.value);
        if (content.isEmpty()) {
            xml.writeEmptyElement(node.name);
        } else {
            xml.writeTextElement(node.name, content);
        }
        return;
    }
    xml.writeStartElement(node.name);
    for (const Node &child : node.children) {
        write(xml, child);
    }
    xml.writeEndElement();
}

} // namespace

std::optional<Format> formatFromExtension(const QString &extension)
{
    if (extension == QStringLiteral("xml")) {
        return Format::Xml;
    }
    if (extension == QStringLiteral("json")) {
        return Format::Json;
    }
    return std::nullopt;
}

QByteArray toXml(const Node &root)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"));
    write(xml, root);
    xml.writeEndDocument();
    return out;
}

QJsonValue toJson(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Leaf:
        return node.value;
    case Node::Kind::Object: {
        QJsonObject object;
        for (const Node &child : node.children) {
            object.insert(child.name, toJson(child));
        }
        return object;
    }
    case Node::Kind::List: {
        QJsonArray array;
        for (const Node &child : node.children) {
            array.append(toJson(child));
        }
        return array;
    }
    }
    return {};
}

ApiResult answer(Format format, const Node &root, int status)
{
    ApiResult result;
    result.status = status;
    if (format == Format::Xml) {
        result.rawBody = toXml(root);
        result.contentType = "text/xml; charset=utf-8";
    } else {
        const QJsonValue json = toJson(root);
        result.rawBody = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
        result.contentType = "application/json; charset=utf-8";
    }
    return result;
}

ApiResult errors(Format format, int status, const QList<Error> &list)
{
    Node root = Node::list(QStringLiteral("errors"));
    for (const Error &error : list) {
        root.children.append(
            Node::object(QStringLiteral("error"), {Node::leaf(QStringLiteral("code"), error.code),
                                                   Node::leaf(QStringLiteral("description"), error.description)}));
    }
    return answer(format, root, status);
}

} // namespace ioc::server::open311
