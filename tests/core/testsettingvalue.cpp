#include "core/settingvalue.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using ioc::core::SettingValue;

class TestSettingValue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"IOC-test"_s);
        QCoreApplication::setApplicationName(u"testsettingvalue"_s);
    }

    void init() { QSettings().clear(); }

    void missingValueGivesTheDefault()
    {
        const SettingValue<int> value(u"group/number"_s, 42);
        QCOMPARE(value.get(), 42);
    }

    void storedValueIsReadBack()
    {
        const SettingValue<QString> value(u"group/text"_s, u"mặc định"_s);
        value.set(u"đã lưu"_s);
        QCOMPARE(value.get(), u"đã lưu"_s);
        // A second declaration with the same key sees the same store.
        QCOMPARE(SettingValue<QString>(u"group/text"_s, QString()).get(), u"đã lưu"_s);
    }

    void resetRestoresTheDefault()
    {
        const SettingValue<bool> value(u"group/flag"_s, true);
        value.set(false);
        QCOMPARE(value.get(), false);
        value.reset();
        QCOMPARE(value.get(), true);
    }

    void unconvertibleValueGivesTheDefault()
    {
        QSettings().setValue(u"group/list"_s, QVariant::fromValue(QList<QVariant>{1, 2}));
        const SettingValue<QByteArray> value(u"group/list"_s, QByteArrayLiteral("fallback"));
        QCOMPARE(value.get(), QByteArrayLiteral("fallback"));
    }
};

QTEST_GUILESS_MAIN(TestSettingValue)
#include "testsettingvalue.moc"
