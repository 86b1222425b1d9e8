// StoreSettings::read: several settings with one statement per twelve keys, answering exactly as
// reading each key on its own would (missing keys fall back, text that is no number falls back).

#include "TempStore.h"
#include "TestEnv.h"

#include "store/StoreSettings.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("A settings snapshot answers as the settings read one by one", "[store][settings]")
{
    TempStore t;
    StoreSettings settings(t.db(), t.clock());
    QStringList keys;
    {
        Transaction tx(t.db());
        // 30 keys: three statements' worth of slots, the last one partly filled.
        for (int i = 0; i < 30; ++i) {
            keys << QStringLiteral("test.k%1").arg(i);
            if (i % 3 != 0)  // every third key is never stored
                settings.set(keys.last(), i % 5 == 0 ? QStringLiteral("值 %1").arg(i) : QString::number(i * 7));
        }
        settings.set(QStringLiteral("test.not_asked"), QStringLiteral("1"));
        tx.commit();
    }
    const SettingsSnapshot snapshot = settings.read(keys);
    for (const QString& key : keys) {
        INFO(key.toStdString());
        CHECK(snapshot.value(key) == settings.value(key));
        CHECK(snapshot.text(key, QStringLiteral("fallback")) == settings.text(key, QStringLiteral("fallback")));
        CHECK(snapshot.integer(key, -1) == settings.integer(key, -1));
    }
    CHECK(snapshot.integer(QStringLiteral("test.k1"), -1) == 7);
    CHECK(snapshot.text(QStringLiteral("test.k10")) == QStringLiteral("值 10"));
    CHECK(snapshot.integer(QStringLiteral("test.k10"), -1) == -1);  // text, not a number
    CHECK_FALSE(snapshot.value(QStringLiteral("test.k0")).has_value());
    CHECK(snapshot.text(QStringLiteral("test.k0"), QStringLiteral("fb")) == QStringLiteral("fb"));
    CHECK_FALSE(snapshot.value(QStringLiteral("test.not_asked")).has_value());  // only what was asked for
    CHECK_FALSE(settings.read({}).value(QStringLiteral("test.k1")).has_value());

    // A snapshot is a moment: a later change shows in the next read, not in this one.
    {
        Transaction tx(t.db());
        settings.set(QStringLiteral("test.k1"), QStringLiteral("8"));
        tx.commit();
    }
    CHECK(snapshot.integer(QStringLiteral("test.k1"), -1) == 7);
    CHECK(settings.read(keys).integer(QStringLiteral("test.k1"), -1) == 8);
}
