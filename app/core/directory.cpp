#include "core/directory.h"

#include <QSet>

namespace ioc::core {

void Directory::addArea(Area area)
{
    const QString id = area.id;
    m_areas.insert(id, std::move(area));
}

void Directory::addAgency(Agency agency)
{
    const QString id = agency.id;
    m_agencies.insert(id, std::move(agency));
}

void Directory::addCategory(Category category)
{
    const QString id = category.id;
    m_categories.insert(id, std::move(category));
}

const Area *Directory::area(const QString &id) const
{
    const auto it = m_areas.constFind(id);
    return it == m_areas.constEnd() ? nullptr : &*it;
}

const Agency *Directory::agency(const QString &id) const
{
    const auto it = m_agencies.constFind(id);
    return it == m_agencies.constEnd() ? nullptr : &*it;
}

const Category *Directory::category(const QString &id) const
{
    const auto it = m_categories.constFind(id);
    return it == m_categories.constEnd() ? nullptr : &*it;
}

QStringList Directory::upperLevelAgencies(const QString &agencyId) const
{
    QStringList chain;
    QSet<QString> seen{agencyId};
    const Agency *current = agency(agencyId);
    while (current != nullptr && !current->parentId.isEmpty() && !seen.contains(current->parentId)) {
        chain.append(current->parentId);
        seen.insert(current->parentId);
        current = agency(current->parentId);
    }
    return chain;
}

QStringList Directory::enclosingAreas(const QString &areaId) const
{
    QStringList chain;
    QSet<QString> seen{areaId};
    const Area *current = area(areaId);
    while (current != nullptr && !current->parentId.isEmpty() && !seen.contains(current->parentId)) {
        chain.append(current->parentId);
        seen.insert(current->parentId);
        current = area(current->parentId);
    }
    return chain;
}

} // namespace ioc::core
