#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

// Duplicate candidates for a report (Điều 7.6.2.e: the same matter reported again): reports near
// in place and time, each with an explained score from the folded text's similarity, the
// perceptual distance of the photos, the distance in metres and whether the sender is the same.
// The officer decides; a high score is a reason to look, never a verdict.
namespace ioc::core::duplicates {

struct Entry
{
    QString id;
    double latitude = 0;
    double longitude = 0;
    QDateTime receivedAt;
    QString text;                // title and content
    std::vector<quint64> hashes; // dHash of each photo
    QString sender;              // account id or normalised phone; empty if unknown
};

struct Options
{
    double radiusMetres = 250;
    int windowDays = 30;
    int limit = 10;
};

struct Candidate
{
    QString id;
    double score = 0; // 0–1
    double distanceMetres = 0;
    double textSimilarity = 0; // 0–1, word sets of the folded texts
    int imageDistance = -1;    // smallest Hamming distance of two photos' dHash (0–64), -1 none
    bool sameSender = false;
    QStringList reasons; // for people, in the installed language
};

class Index final
{
public:
    explicit Index(std::vector<Entry> entries, Options options = {});
    // The candidates for `report` (itself excluded), best first.
    std::vector<Candidate> candidates(const Entry &report) const;
    int size() const { return int(m_entries.size()); }

private:
    quint64 cellOf(double latitude, double longitude) const;

    Options m_options;
    std::vector<Entry> m_entries;
    std::vector<QSet<QString>> m_words;
    QHash<quint64, std::vector<int>> m_cells;
    double m_cellDegrees = 0;
};

QSet<QString> wordsOf(const QString &text);
double similarity(const QSet<QString> &a, const QSet<QString> &b);

} // namespace ioc::core::duplicates
