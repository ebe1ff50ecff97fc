#pragma once

#include "core/domain.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc::core {

// An administrative unit (địa bàn). The hierarchy is data: levels, names and parents change
// (two-level local government since 1 July 2025), so nothing here names a real level.
struct Area
{
    QString id;
    QString code;
    QString name;
    QString level;        // e.g. "province", "commune", "ward", "district" (historic)
    QString parentId;     // empty for the root
    QDate validFrom;      // invalid date: no lower bound
    QDate validTo;        // invalid date: still valid
    QJsonObject boundary; // GeoJSON geometry (Polygon or MultiPolygon)

    bool isValidOn(QDate date) const
    {
        return (!validFrom.isValid() || date >= validFrom) && (!validTo.isValid() || date <= validTo);
    }
};

// A named person of an agency (Điều 21.1: one designated leader and one contact person).
struct ContactPerson
{
    QString name;
    QString phone;
    QString email;
};

struct Agency
{
    QString id;
    QString code;
    QString name;
    QString parentId;         // the upper-level agency (cơ quan quản lý cấp trên), if any
    QStringList areaIds;      // areas it serves
    QStringList categoryIds;  // categories it is competent for
    ContactPerson leader;     // designated leader (21.1)
    ContactPerson contact;    // designated contact person (21.1)
    bool coordinator = false; // may be designated to coordinate (Điều 16)
    bool active = true;
};

// A category (lĩnh vực). Urgent categories follow Điều 15.
struct Category
{
    QString id;
    QString code;
    QString name;
    bool urgent = false;
    bool active = true;
    // For people choosing a category elsewhere (the Open311 services, docs/open311.md): the group
    // it belongs to, what it covers, and words a client may search it by.
    QString group;
    QString description;
    QStringList keywords;
};

struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::DutyOfficer;
    QString agencyId; // agency roles only
    bool active = true;
};

// The reference data a rule needs, indexed by id.
class Directory
{
public:
    void addArea(Area area);
    void addAgency(Agency agency);
    void addCategory(Category category);

    const Area *area(const QString &id) const;
    const Agency *agency(const QString &id) const;
    const Category *category(const QString &id) const;

    QList<Area> areas() const { return m_areas.values(); }
    QList<Agency> agencies() const { return m_agencies.values(); }
    QList<Category> categories() const { return m_categories.values(); }

    // The upper-level agencies of an agency, nearest first (cycles are cut).
    QStringList upperLevelAgencies(const QString &agencyId) const;
    // The areas enclosing an area, nearest first.
    QStringList enclosingAreas(const QString &areaId) const;

private:
    QHash<QString, Area> m_areas;
    QHash<QString, Agency> m_agencies;
    QHash<QString, Category> m_categories;
};

} // namespace ioc::core
Q_DECLARE_METATYPE(ioc::core::User)
