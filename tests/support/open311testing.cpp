#include "support/open311testing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ioc::test::open311 {

QStringList Element::names() const
{
    QStringList list;
    for (const Element &c : children) {
        list.append(c.name);
    }
    return list;
}

Element Element::child(const QString &childName) const
{
    for (const Element &c : children) {
        if (c.name == childName) {
            return c;
        }
    }
    return {};
}

bool parseStrictXml(const QByteArray &bytes, Element *root, QString *problem)
{
    if (!bytes.startsWith(R"(<?xml version="1.0" encoding="UTF-8"?>)")) {
        *problem = u"no UTF-8 XML declaration: "_s + QString::fromUtf8(bytes.left(60));
        return false;
    }
    QXmlStreamReader xml(bytes);
    QList<Element> stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!xml.attributes().isEmpty() || !xml.namespaceUri().isEmpty()) {
                *problem = u"attributes or a namespace on "_s + xml.name().toString();
                return false;
            }
            stack.append({xml.name().toString(), {}, {}});
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            if (stack.isEmpty() || !stack.last().children.isEmpty()) {
                *problem = u"text beside elements"_s;
                return false;
            }
            stack.last().text += xml.text().toString();
        } else if (xml.isEndElement()) {
            Element done = stack.takeLast();
            if (!done.children.isEmpty() && !done.text.isEmpty()) {
                *problem = u"text beside elements in "_s + done.name;
                return false;
            }
            if (stack.isEmpty()) {
                *root = done;
            } else {
                stack.last().children.append(done);
            }
        } else if (xml.isProcessingInstruction() || xml.isDTD() || xml.isEntityReference()) {
            *problem = u"a processing instruction, DTD or entity"_s;
            return false;
        }
    }
    if (xml.hasError()) {
        *problem = xml.errorString();
        return false;
    }
    return true;
}

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &[name, value] : fields) {
        // As browsers and clients write it: a space as '+'.
        parts.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value, " ").replace(' ', '+'));
    }
    return parts.join('&');
}

const QList<std::pair<QByteArray, QByteArray>> formType{{"Content-Type", "application/x-www-form-urlencoded"}};

QString filedId(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).array().first().toObject().value(u"service_request_id"_s).toString();
}

System addSystem(HttpClient &http, const QByteArray &adminToken, const QString &username, const QString &name)
{
    const HttpResponse made =
        http.post(u"/v1/systems"_s, toJson({{u"username"_s, username}, {u"display_name"_s, name}}), adminToken);
    if (made.status != 201) {
        qFatal("cannot make a connected system: %d %s", made.status, made.body.constData());
    }
    return {made.json.value(u"system"_s).toObject().value(u"id"_s).toString(),
            made.json.value(u"api_key"_s).toString()};
}

} // namespace ioc::test::open311
