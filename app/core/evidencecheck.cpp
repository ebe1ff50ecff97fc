#include "core/evidencecheck.h"

#include "core/duplicates.h"
#include "core/geo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ioc::core::evidence {

namespace {

identity::Finding finding(identity::Verdict verdict, const char *code, const QString &evidence)
{
    return {verdict, QString::fromLatin1(code), evidence};
}

QString hoursText(qint64 seconds)
{
    const qint64 hours = qAbs(seconds) / 3600;
    return hours >= 48 ? QCoreApplication::translate("ioc::core::evidence", "%1 days").arg(hours / 24)
                       : QCoreApplication::translate("ioc::core::evidence", "%1 hours").arg(hours);
}

} // namespace

bool isEditor(const QString &software)
{
    static const QStringList editors{u"photoshop"_s, u"lightroom"_s, u"gimp"_s,     u"snapseed"_s, u"picsart"_s,
                                     u"meitu"_s,     u"canva"_s,     u"pixlr"_s,    u"vsco"_s,     u"facetune"_s,
                                     u"affinity"_s,  u"paint.net"_s, u"photopea"_s, u"b612"_s,     u"ulike"_s};
    const QString lower = software.toLower();
    for (const QString &editor : editors) {
        if (lower.contains(editor)) {
            return true;
        }
    }
    return false;
}

QList<identity::Finding> check(const Report &report, const Context &context)
{
    using identity::Verdict;
    QList<identity::Finding> findings;

    if (report.media.isEmpty()) {
        if (report.urgent && report.channel == Channel::Hotline) {
            findings.append(finding(
                Verdict::NeedsLook, "media_missing_urgent_hotline",
                QCoreApplication::translate("ioc::core::evidence",
                                            "No photo or video: an urgent hotline report may be accepted without, with "
                                            "the reason recorded.")));
        } else {
            findings.append(
                finding(Verdict::Fail, "media_missing",
                        QCoreApplication::translate("ioc::core::evidence", "No photo or video (Điều 7.6.2.a).")));
        }
    } else {
        findings.append(finding(
            Verdict::Pass, "media_present",
            QCoreApplication::translate("ioc::core::evidence", "%n file(s).", nullptr, int(report.media.size()))));
    }

    for (const MediaItem &item : report.media) {
        const QString name = item.fileName.isEmpty() ? item.sha256.left(12) : item.fileName;
        if (!item.mimeType.startsWith(u"image/"_s)) {
            continue;
        }
        if (!item.facts.known) {
            findings.append(finding(
                Verdict::NeedsLook, "media_unexamined",
                QCoreApplication::translate("ioc::core::evidence", "%1: the server has not examined the file yet.")
                    .arg(name)));
            continue;
        }
        const MediaFacts &f = item.facts;
        if (!f.hasExif || !f.exifCapturedAt.isValid()) {
            findings.append(
                finding(Verdict::NeedsLook, "exif_missing",
                        QCoreApplication::translate("ioc::core::evidence",
                                                    "%1: no capture time in the file (Zalo and Facebook remove it).")
                            .arg(name)));
        } else {
            const qint64 before = f.exifCapturedAt.secsTo(report.receivedAt);
            if (before < -600) {
                findings.append(
                    finding(Verdict::NeedsLook, "exif_after_receipt",
                            QCoreApplication::translate("ioc::core::evidence",
                                                        "%1: taken %2 after the report arrived — the camera's clock?")
                                .arg(name, hoursText(before))));
            } else if (before > 24 * 3600) {
                findings.append(
                    finding(Verdict::NeedsLook, "exif_old",
                            QCoreApplication::translate(
                                "ioc::core::evidence", "%1: taken %2 before the report (Điều 7.6.1.b allows 24 hours).")
                                .arg(name, hoursText(before))));
            } else {
                findings.append(
                    finding(Verdict::Pass, "exif_recent",
                            QCoreApplication::translate("ioc::core::evidence", "%1: taken %2 before the report.")
                                .arg(name, hoursText(before))));
            }
            if (f.exifModifiedAt.isValid() && f.exifCapturedAt.secsTo(f.exifModifiedAt) > 3600) {
                findings.append(
                    finding(Verdict::NeedsLook, "exif_modified",
                            QCoreApplication::translate("ioc::core::evidence",
                                                        "%1: the file was written %2 after the photo was taken.")
                                .arg(name, hoursText(f.exifCapturedAt.secsTo(f.exifModifiedAt)))));
            }
        }
        if (isEditor(f.software)) {
            findings.append(finding(
                Verdict::NeedsLook, "edited",
                QCoreApplication::translate("ioc::core::evidence", "%1: saved by %2, a picture editor (Điều 7.6.2.b).")
                    .arg(name, f.software)));
        }
        if (f.exifLatitude && f.exifLongitude) {
            const double metres = geo::distanceMetres(*f.exifLatitude, *f.exifLongitude, report.position.latitude,
                                                      report.position.longitude);
            findings.append(
                finding(metres > context.gpsToleranceMetres ? Verdict::NeedsLook : Verdict::Pass,
                        metres > context.gpsToleranceMetres ? "exif_gps_far" : "exif_gps_near",
                        QCoreApplication::translate("ioc::core::evidence",
                                                    "%1: the photo's GPS is %2 m from the report's position.")
                            .arg(name)
                            .arg(qRound(metres))));
        }
    }

    if (!context.provinceBoundary.isEmpty()) {
        const bool inside =
            geo::contains(context.provinceBoundary, report.position.latitude, report.position.longitude);
        findings.append(finding(
            inside ? Verdict::Pass : Verdict::NeedsLook, inside ? "inside_province" : "outside_province",
            inside ? QCoreApplication::translate("ioc::core::evidence", "The position is inside the province.")
                   : QCoreApplication::translate("ioc::core::evidence",
                                                 "The position is outside the province's boundary (Điều 7.6.1.c).")));
    }
    if (report.position.source == PositionSource::DeviceGps || report.position.source == PositionSource::Exif) {
        findings.append(finding(Verdict::Pass, "position_gps",
                                QCoreApplication::translate("ioc::core::evidence", "The position comes from GPS.")));
    } else {
        findings.append(
            finding(Verdict::NeedsLook, "position_not_gps",
                    QCoreApplication::translate("ioc::core::evidence",
                                                "The position was not measured by GPS (typed or chosen on a map).")));
    }
    return findings;
}

QList<identity::Finding> checkSenderHistory(const Report &report, const QList<SenderReport> &sameSender)
{
    using identity::Verdict;
    const QSet<QString> words = duplicates::wordsOf(report.title + u' ' + report.content);
    QStringList open;
    QStringList resolved;
    for (const SenderReport &other : sameSender) {
        const double metres =
            geo::distanceMetres(report.position.latitude, report.position.longitude, other.latitude, other.longitude);
        const bool sameMatter = metres <= 250 || duplicates::similarity(words, duplicates::wordsOf(other.text)) >= 0.4;
        if (!sameMatter) {
            continue;
        }
        if (other.state == ReportState::Published) {
            resolved.append(other.code);
        } else if (!isTerminalState(other.state)) {
            open.append(other.code);
        }
    }
    QList<identity::Finding> findings;
    if (!open.isEmpty()) {
        findings.append(finding(Verdict::NeedsLook, "sender_open_same_matter",
                                QCoreApplication::translate("ioc::core::evidence",
                                                            "The sender's report(s) on the same matter still in "
                                                            "processing: %1 (Điều 7.6.2.f).")
                                    .arg(open.join(u", "_s))));
    }
    if (!resolved.isEmpty()) {
        findings.append(finding(
            Verdict::NeedsLook, "sender_resolved_same_matter",
            QCoreApplication::translate("ioc::core::evidence", "Already resolved for this sender: %1 (Điều 7.6.2.h).")
                .arg(resolved.join(u", "_s))));
    }
    if (findings.isEmpty()) {
        findings.append(finding(
            Verdict::Pass, "sender_history",
            QCoreApplication::translate("ioc::core::evidence", "No other report of this sender on the same matter.")));
    }
    return findings;
}

} // namespace ioc::core::evidence
