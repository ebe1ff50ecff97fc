#include "demophotos.h"

#include "media/exif.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace ioc::server::demo {

namespace {

constexpr int width = 800;
constexpr int height = 600;

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return data;
}

void sky(QPainter &p, QRandomGenerator &r, double horizon, bool night, bool smoke)
{
    QLinearGradient gradient(0, 0, 0, horizon);
    if (night) {
        gradient.setColorAt(0, QColor(10, 14, 40));
        gradient.setColorAt(1, QColor(40, 44, 80));
    } else {
        gradient.setColorAt(0, QColor(90 + r.bounded(40), 150 + r.bounded(40), 220));
        gradient.setColorAt(1, QColor(200, 220, 235));
    }
    p.fillRect(QRectF(-300, -300, width + 600, horizon + 300), gradient); // beyond the frame: it is tilted
    if (smoke) {
        p.setPen(Qt::NoPen);
        for (int i = 0; i < 14; ++i) {
            p.setBrush(QColor(60, 60, 60, 90 + r.bounded(80)));
            p.drawEllipse(QPointF(300 + r.bounded(250), 40 + r.bounded(200)), 40 + r.bounded(60), 30 + r.bounded(40));
        }
    }
}

void ground(QPainter &p, QRandomGenerator &r, double horizon, const QColor &colour)
{
    p.fillRect(QRectF(-300, horizon, width + 600, height - horizon + 300), colour);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 250; ++i) { // texture
        p.setBrush(colour.darker(105 + r.bounded(30)));
        p.drawEllipse(QPointF(r.bounded(width), horizon + r.bounded(int((height - horizon)))), 3 + r.bounded(5), 2);
    }
}

// A road in perspective towards the horizon.
void road(QPainter &p, QRandomGenerator &r, double horizon)
{
    QPainterPath path;
    const double vanish = 150 + r.bounded(500);
    path.moveTo(vanish - 20, horizon);
    path.lineTo(vanish + 20, horizon);
    path.lineTo(width + 100, height);
    path.lineTo(-100, height);
    path.closeSubpath();
    p.fillPath(path, QColor(85, 85, 90));
    p.setPen(QPen(QColor(235, 235, 220), 6, Qt::DashLine));
    p.drawLine(QPointF(vanish, horizon), QPointF(vanish + 40, height));
}

void buildings(QPainter &p, QRandomGenerator &r, double horizon, bool night)
{
    for (int x = -20; x < width; x += 70 + r.bounded(50)) {
        const int h = 60 + r.bounded(120);
        const QColor wall = QColor::fromHsv(r.bounded(360), 40 + r.bounded(60), night ? 70 : 170 + r.bounded(60));
        p.fillRect(QRectF(x, horizon - h, 60 + r.bounded(30), h), wall);
        for (int wy = int(horizon) - h + 10; wy < horizon - 15; wy += 25) {
            p.fillRect(QRectF(x + 10, wy, 12, 12),
                       night && r.bounded(3) == 0 ? QColor(250, 220, 120) : wall.darker(140));
        }
    }
}

QImage scene(const PhotoSpec &spec)
{
    QRandomGenerator r(spec.seed);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(120, 130, 110));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QString &c = spec.categoryId;
    const bool night = c == QStringLiteral("lighting") || c == QStringLiteral("security");
    // Every photo framed differently: where the horizon is, how the phone was held.
    const double horizon = height * (0.25 + r.bounded(35) / 100.0);
    p.translate(width / 2.0, height / 2.0);
    p.rotate(r.bounded(17) - 8);
    const double zoom = 1.1 + r.bounded(30) / 100.0;
    p.scale(r.bounded(2) == 0 ? zoom : -zoom, zoom);
    p.translate(-width / 2.0 + r.bounded(80) - 40, -height / 2.0 + r.bounded(60) - 30);
    sky(p, r, horizon, night, c == QStringLiteral("fire") && !spec.repaired);
    if (r.bounded(4) != 0) {
        buildings(p, r, horizon, night);
    }
    ground(p, r, horizon,
           c == QStringLiteral("flood") ? QColor(120, 100, 70)
                                        : QColor(90 + r.bounded(70), 120 + r.bounded(50), 70 + r.bounded(40)));
    if (c != QStringLiteral("garbage") && c != QStringLiteral("environment") && c != QStringLiteral("food_safety") &&
        r.bounded(5) != 0) {
        road(p, r, horizon);
    }
    p.setPen(Qt::NoPen);
    if (spec.repaired) {
        // Fresh asphalt or a clean spot where the problem was.
        p.setBrush(QColor(50, 50, 55));
        p.drawRoundedRect(QRectF(280 + r.bounded(120), 440, 220, 70), 20, 20);
    } else if (c == QStringLiteral("road")) {
        for (int i = 0; i < 1 + r.bounded(3); ++i) {
            p.setBrush(QColor(40, 35, 30));
            p.drawEllipse(QPointF(250 + r.bounded(300), 450 + r.bounded(100)), 50 + r.bounded(60), 18 + r.bounded(20));
            p.setBrush(QColor(90, 120, 150, 160)); // a puddle in it
            p.drawEllipse(QPointF(260 + r.bounded(280), 460 + r.bounded(80)), 25, 8);
        }
    } else if (c == QStringLiteral("garbage") || c == QStringLiteral("environment")) {
        for (int i = 0; i < 60; ++i) {
            p.setBrush(QColor::fromHsv(r.bounded(360), 150 + r.bounded(100), 120 + r.bounded(120)));
            p.drawEllipse(QPointF(200 + r.bounded(400), 420 + r.bounded(140)), 10 + r.bounded(30), 8 + r.bounded(20));
        }
    } else if (c == QStringLiteral("lighting")) {
        for (int x = 120; x < width; x += 180) {
            p.fillRect(QRectF(x, 160, 8, 290), QColor(150, 150, 150));
            p.setBrush(x == 300 || r.bounded(2) == 0 ? QColor(60, 60, 60) : QColor(255, 230, 150));
            p.drawEllipse(QPointF(x + 18, 160), 16, 9);
        }
    } else if (c == QStringLiteral("fire")) {
        for (int i = 0; i < 30; ++i) {
            p.setBrush(QColor(255, 80 + r.bounded(150), 0, 170));
            p.drawEllipse(QPointF(300 + r.bounded(200), 250 + r.bounded(120)), 20 + r.bounded(40), 40 + r.bounded(60));
        }
    } else if (c == QStringLiteral("accident")) {
        p.setBrush(QColor(200, 30, 30));
        p.drawRoundedRect(QRectF(270 + r.bounded(40), 420, 160, 80), 15, 15);
        p.setBrush(QColor(30, 60, 180));
        p.drawRoundedRect(QRectF(390 + r.bounded(40), 440, 180, 90), 15, 15);
    } else if (c == QStringLiteral("flood") || c == QStringLiteral("water")) {
        for (int y = 380; y < height; y += 12) {
            p.setBrush(QColor(90, 110, 120, 200));
            p.drawRect(QRectF(0, y + r.bounded(4), width, 9));
        }
    } else if (c == QStringLiteral("trees")) {
        p.setBrush(QColor(100, 70, 40));
        p.save();
        p.translate(400, 470);
        p.rotate(-15 + r.bounded(30));
        p.drawRect(QRectF(-220, -15, 440, 30));
        p.restore();
        p.setBrush(QColor(40, 120, 40));
        p.drawEllipse(QPointF(230 + r.bounded(60), 440), 110, 70);
    } else {
        // Stalls, signs, cables: coloured blocks along the street.
        for (int i = 0; i < 8; ++i) {
            p.setBrush(QColor::fromHsv(r.bounded(360), 200, 200));
            p.drawRect(QRectF(40 + i * 95, 330 + r.bounded(60), 70, 60 + r.bounded(50)));
        }
    }
    p.end();
    return image;
}

} // namespace

QByteArray makePhoto(const PhotoSpec &spec)
{
    const QByteArray plain = jpeg(scene(spec), 82);
    if (spec.issue == PhotoIssue::NoExif) {
        return plain;
    }
    QRandomGenerator r(spec.seed ^ 0x5eed);
    media::ExifValues exif;
    const char *phones[][2] = {{"Samsung", "Galaxy A54 5G"},
                               {"Apple", "iPhone 13"},
                               {"Xiaomi", "Redmi Note 12"},
                               {"OPPO", "A78"},
                               {"vivo", "Y36"},
                               {"Apple", "iPhone 15 Pro"}};
    const auto &phone = phones[r.bounded(int(std::size(phones)))];
    exif.make = QString::fromLatin1(phone[0]);
    exif.model = QString::fromLatin1(phone[1]);
    exif.capturedAt = spec.takenAt;
    exif.modifiedAt = spec.takenAt;
    exif.latitude = spec.latitude + (r.bounded(200) - 100) / 200000.0; // within ~50 m
    exif.longitude = spec.longitude + (r.bounded(200) - 100) / 200000.0;
    switch (spec.issue) {
    case PhotoIssue::Old:
        exif.capturedAt = spec.takenAt.addDays(-3 - r.bounded(20));
        exif.modifiedAt = exif.capturedAt;
        break;
    case PhotoIssue::OutsideProvince:
        exif.latitude = 21.0285 + r.bounded(100) / 10000.0; // Hà Nội
        exif.longitude = 105.8542 + r.bounded(100) / 10000.0;
        break;
    case PhotoIssue::Edited:
        exif.software =
            r.bounded(2) == 0 ? QStringLiteral("Adobe Photoshop 25.0 (Windows)") : QStringLiteral("PicsArt");
        exif.modifiedAt = spec.takenAt.addSecs(1800 + r.bounded(7200));
        break;
    case PhotoIssue::None:
    case PhotoIssue::NoExif:
        break;
    }
    QString error;
    return media::writeExif(plain, exif, &error).value_or(plain);
}

QByteArray resent(const QByteArray &original)
{
    const QImage image = QImage::fromData(original);
    return jpeg(
        image.scaled(image.width() * 3 / 4, image.height() * 3 / 4, Qt::KeepAspectRatio, Qt::SmoothTransformation), 60);
}

} // namespace ioc::server::demo
