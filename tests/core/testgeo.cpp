#include "core/geo.h"

#include <QJsonArray>
#include <QTest>

using namespace ioc::core;
using namespace Qt::StringLiterals;

// Point-in-polygon on GeoJSON (with holes and multipolygons) and distances.
class TestGeo final : public QObject
{
    Q_OBJECT

private slots:
    void polygonWithHole()
    {
        // An L-shaped ring around Đông Hà with a hole.
        const QJsonArray outer{QJsonArray{107.0, 16.7}, QJsonArray{107.2, 16.7}, QJsonArray{107.2, 16.8},
                               QJsonArray{107.1, 16.8}, QJsonArray{107.1, 16.9}, QJsonArray{107.0, 16.9},
                               QJsonArray{107.0, 16.7}};
        const QJsonArray hole{QJsonArray{107.02, 16.72}, QJsonArray{107.05, 16.72}, QJsonArray{107.05, 16.75},
                              QJsonArray{107.02, 16.75}, QJsonArray{107.02, 16.72}};
        const QJsonObject polygon{{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, QJsonArray{outer, hole}}};
        QVERIFY(geo::contains(polygon, 16.85, 107.05));  // the upper arm
        QVERIFY(!geo::contains(polygon, 16.85, 107.15)); // the notch of the L
        QVERIFY(!geo::contains(polygon, 16.73, 107.03)); // in the hole
        QVERIFY(geo::contains(polygon, 16.77, 107.15));
        QVERIFY(!geo::contains(polygon, 21.03, 105.85)); // Hà Nội
        const QJsonObject multi{
            {u"type"_s, u"MultiPolygon"_s},
            {u"coordinates"_s,
             // QJsonValue(…) around a lone array: QJsonArray{array} copies it under clang and MSVC.
             QJsonArray{QJsonArray{QJsonValue(outer)},
                        QJsonArray{QJsonValue(QJsonArray{QJsonArray{107.33, 17.15}, QJsonArray{107.35, 17.15},
                                                         QJsonArray{107.35, 17.17}, QJsonArray{107.33, 17.17},
                                                         QJsonArray{107.33, 17.15}})}}}};
        QVERIFY(geo::contains(multi, 17.16, 107.34)); // the island
        QVERIFY(geo::contains(multi, 16.73, 107.03)); // no hole in this one
        QVERIFY(!geo::contains(QJsonObject{{u"type"_s, u"Point"_s}}, 16.8, 107.1));
    }

    void badGeometryIsExplained()
    {
        const QJsonArray ring{QJsonArray{107.0, 16.7}, QJsonArray{107.1, 16.7}, QJsonArray{107.1, 16.8},
                              QJsonArray{107.0, 16.7}};
        const QJsonObject good{{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, QJsonArray{QJsonValue(ring)}}};
        QCOMPARE(geo::problemOf(good), QString());
        const QGeoRectangle box = geo::bounds(good);
        QCOMPARE(box.topLeft(), QGeoCoordinate(16.8, 107.0));
        QCOMPARE(box.bottomRight(), QGeoCoordinate(16.7, 107.1));
        QVERIFY(geo::contains(good, QGeoCoordinate(16.72, 107.05)));
        QVERIFY(!geo::contains(good, QGeoCoordinate()));

        const QJsonObject point{{u"type"_s, u"Point"_s}, {u"coordinates"_s, QJsonArray{107.0, 16.7}}};
        QVERIFY(geo::problemOf(point).contains(u"not a Polygon"_s));
        const QJsonObject shortRing{
            {u"type"_s, u"Polygon"_s},
            {u"coordinates"_s, QJsonArray{QJsonValue(QJsonArray{QJsonArray{107.0, 16.7}, QJsonArray{107.1, 16.7}})}}};
        QVERIFY(geo::problemOf(shortRing).contains(u"at least 4"_s));
        QJsonArray open = ring;
        open.replace(3, QJsonArray{107.05, 16.75});
        QVERIFY(geo::problemOf({{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, QJsonArray{QJsonValue(open)}}})
                    .contains(u"not closed"_s));
        QJsonArray wild = ring;
        wild.replace(1, QJsonArray{u"x"_s, 16.7});
        QVERIFY(geo::problemOf({{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, QJsonArray{QJsonValue(wild)}}})
                    .contains(u"[longitude"_s));
        // Unusable geometries contain nothing and have no box, without crashing.
        QVERIFY(!geo::contains(shortRing, 16.7, 107.0));
        QVERIFY(!geo::bounds(point).isValid());
    }

    void distances()
    {
        // Đông Hà → Khe Sanh: about 45 km as the crow flies.
        const double d = geo::distanceMetres(16.816, 107.100, 16.622, 106.730);
        QVERIFY2(d > 44000 && d < 46000, qPrintable(QString::number(d)));
        QCOMPARE(geo::distanceMetres(16.8, 107.1, 16.8, 107.1), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "testgeo.moc"
