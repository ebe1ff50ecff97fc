#pragma once

#include "core/directory.h"

#include <QList>
#include <QString>
#include <QStringList>

// The demo province (`ioc-server --demo`): Quảng Trị's former district-level units with
// approximate boundaries, its agencies, categories, staff and citizens, and the words the demo
// reports are made of. Everything here is demo data: boundaries are approximations around the
// real centres of PRODUCT.md §13 and say so in their names; people are invented.
namespace ioc::server::demo {

struct Place
{
    QString areaId;
    QString name;    // "Thành phố Đông Hà"
    double latitude; // approximate centre
    double longitude;
    QStringList streets;   // "đường Hùng Vương"
    QStringList landmarks; // "chợ Đông Hà"
};

const QList<Place> &places();
// The province (a MultiPolygon: mainland and Cồn Cỏ island) and one area per place, each the
// part of the province nearer to its centre than to any other (Cồn Cỏ: the island).
QList<core::Area> areas();
QList<core::Agency> agencies();
QList<core::Category> categories();
// The agency competent for a category in an area (the proposal the console will make).
QString leadAgencyFor(const QString &categoryId, const QString &areaId);

struct Person
{
    QString id;
    QString username;
    QString name;
    core::Role role;
    QString agencyId;
};

// Staff of the IOC and of every agency (a processing officer and an approving leader each), an
// administrator, a connected system, and citizens with accounts. Password: "demo".
QList<Person> people();
QList<Person> citizens();
// The user ids of an agency's processing officer and approving leader.
QString staffOf(const QString &agencyId);
QString leaderOf(const QString &agencyId);

// Reporters without an account (hotline, e-mail, Zalo, Facebook callers): a name, phone and
// citizen ID from a seed; `valid` false gives a number that fails the format checks.
struct Reporter
{
    QString name;
    QString phone;
    QString citizenId;
    QString address;
};
Reporter reporter(quint32 seed, bool valid);

// A title and content for a category at a place; `variant` picks among the phrasings.
struct Text
{
    QString title;
    QString content;
};
Text reportText(const QString &categoryId, const Place &place, quint32 variant);
// The same content as a hurried phone message: abbreviations, no diacritics on some words.
QString abbreviated(const QString &content);

} // namespace ioc::server::demo
