#include "core/duplicates.h"

#include "core/geo.h"
#include "core/vietnamesetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ioc::core::duplicates {

namespace {

// Words too common in reports to say anything about the matter.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words{u"va"_s,    u"la"_s,  u"cua"_s, u"tai"_s,   u"tren"_s, u"o"_s,     u"co"_s,
                                     u"khong"_s, u"da"_s,  u"nay"_s, u"cho"_s,   u"duoc"_s, u"nguoi"_s, u"rat"_s,
                                     u"nhieu"_s, u"mot"_s, u"cac"_s, u"nhung"_s, u"de"_s,   u"thi"_s,   u"bi"_s};
    return words;
}

// Two photos' likeness in words, from the distance of their 64-bit difference hashes. The
// score gives a photo weight down to a distance of 20; the words follow the same scale.
QString photoLikeness(int distance)
{
    if (distance <= 4) {
        return QCoreApplication::translate("ioc::core::duplicates", "the same photo");
    }
    if (distance <= 10) {
        return QCoreApplication::translate("ioc::core::duplicates", "very similar photos");
    }
    if (distance < 20) {
        return QCoreApplication::translate("ioc::core::duplicates", "somewhat similar photos");
    }
    return QCoreApplication::translate("ioc::core::duplicates", "different photos");
}

} // namespace

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression split(u"[^a-z0-9]+"_s);
    QSet<QString> words;
    for (const QString &word : foldVietnamese(text).split(split, Qt::SkipEmptyParts)) {
        if (word.size() > 1 && !stopWords().contains(word)) {
            words.insert(word);
        }
    }
    return words;
}

double similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    int common = 0;
    const QSet<QString> &small = a.size() <= b.size() ? a : b;
    const QSet<QString> &large = a.size() <= b.size() ? b : a;
    for (const QString &word : small) {
        common += large.contains(word) ? 1 : 0;
    }
    return double(common) / double(a.size() + b.size() - common);
}

Index::Index(std::vector<Entry> entries, Options options)
    : m_options(options)
    , m_entries(std::move(entries))
    , m_cellDegrees(options.radiusMetres / 111320.0)
{
    m_words.reserve(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_words.push_back(wordsOf(m_entries[i].text));
        m_cells[cellOf(m_entries[i].latitude, m_entries[i].longitude)].push_back(int(i));
    }
}

quint64 Index::cellOf(double latitude, double longitude) const
{
    // Cells at least the radius wide and high, so the 3×3 cells around a report hold every
    // report within the radius: a degree of longitude is 111 km × cos(latitude), so columns are
    // twice as wide, which holds up to 60° of latitude (Vietnam lies within 8–24°).
    const auto row = quint64(qint64(std::floor((latitude + 90) / m_cellDegrees)));
    const auto column = quint64(qint64(std::floor((longitude + 180) / (2 * m_cellDegrees))));
    return (row << 32) | column;
}

std::vector<Candidate> Index::candidates(const Entry &report) const
{
    std::vector<Candidate> found;
    const QSet<QString> words = wordsOf(report.text);
    const quint64 centre = cellOf(report.latitude, report.longitude);
    const qint64 window = qint64(m_options.windowDays) * 24 * 3600;
    for (int dr = -1; dr <= 1; ++dr) {
        for (int dc = -1; dc <= 1; ++dc) {
            const quint64 key = (quint64(qint64(centre >> 32) + dr) << 32) | quint64(qint64(centre & 0xffffffffu) + dc);
            const auto cell = m_cells.constFind(key);
            if (cell == m_cells.cend()) {
                continue;
            }
            for (int index : *cell) {
                const Entry &other = m_entries[std::size_t(index)];
                if (other.id == report.id || qAbs(other.receivedAt.secsTo(report.receivedAt)) > window) {
                    continue;
                }
                const double metres =
                    geo::distanceMetres(report.latitude, report.longitude, other.latitude, other.longitude);
                if (metres > m_options.radiusMetres) {
                    continue;
                }
                Candidate c;
                c.id = other.id;
                c.distanceMetres = metres;
                c.textSimilarity = similarity(words, m_words[std::size_t(index)]);
                for (quint64 a : report.hashes) {
                    for (quint64 b : other.hashes) {
                        const int d = std::popcount(a ^ b);
                        c.imageDistance = c.imageDistance < 0 ? d : std::min(c.imageDistance, d);
                    }
                }
                c.sameSender = !report.sender.isEmpty() && report.sender == other.sender;
                const double place = 1.0 - metres / m_options.radiusMetres;
                const double image = c.imageDistance < 0 ? 0.0 : std::max(0.0, 1.0 - c.imageDistance / 20.0);
                c.score =
                    std::min(1.0, 0.45 * c.textSimilarity + 0.3 * image + 0.15 * place + (c.sameSender ? 0.1 : 0));
                c.reasons.append(QCoreApplication::translate("ioc::core::duplicates", "%1 m away").arg(qRound(metres)));
                c.reasons.append(QCoreApplication::translate("ioc::core::duplicates", "text %1% alike")
                                     .arg(qRound(c.textSimilarity * 100)));
                if (c.imageDistance >= 0) {
                    c.reasons.append(photoLikeness(c.imageDistance));
                }
                if (c.sameSender) {
                    c.reasons.append(QCoreApplication::translate("ioc::core::duplicates", "same sender"));
                }
                found.push_back(std::move(c));
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (found.size() > std::size_t(m_options.limit)) {
        found.resize(std::size_t(m_options.limit));
    }
    return found;
}

} // namespace ioc::core::duplicates
