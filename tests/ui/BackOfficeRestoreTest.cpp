// Restore from the back office: only an administrator; the backup is checked before anything
// is touched (wrong passphrase, not a backup: a clear message, the live store untouched); the
// confirmation says what is lost; and after the confirmation the page asks the till to restore.

#include "BackOfficeFixture.h"

#include "backoffice/BackupPage.h"
#include "backoffice/PassphrasePrompt.h"
#include "store/Backup.h"
#include "store/BackupRestore.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

BackupPage* backupPage(BackOffice& bo, ScriptedPassphrasePrompt& prompt)
{
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("backupPage")));
    auto* page = qobject_cast<BackupPage*>(bo.window->currentPage());
    REQUIRE(page);
    page->setPassphrasePrompt(prompt);
    return page;
}

void putSetting(BackOffice& bo, const char* key)
{
    Transaction tx(bo.db());
    bo.db().execute("INSERT INTO settings(key, value, updated_at) VALUES (?, 'x', 'x')", QString::fromLatin1(key));
    tx.commit();
}

// Clicks "Restore…" and waits for the page's answer (the backup is checked on a worker).
void clickRestore(BackOffice& bo, BackupPage* page)
{
    const int before = bo.dialogs.count;
    QTest::mouseClick(bo.find<QPushButton>(page, "restore"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return bo.dialogs.count > before; }, 20000));
}

qint64 settingCount(Database& db, const char* key)
{
    return db.queryInt64("SELECT count(*) FROM settings WHERE key = ?", QString::fromLatin1(key)).value_or(-1);
}

} // namespace

TEST_CASE("Restore from the back office: checked first, confirmed, then handed to the till", "[ui][backoffice][restore]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    putSetting(bo, "before");
    const QString file = bo.tmp.filePath(QStringLiteral("shop.ptrnbak"));
    REQUIRE(backupStore(bo.session->store(), file).ok());
    putSetting(bo, "after");
    ScriptedPassphrasePrompt prompt;
    auto* page = backupPage(bo, prompt);
    QSignalSpy requested(bo.window.get(), &BackOfficeWindow::restoreRequested);

    // A wrong passphrase: a clear message, nothing asked of the till, the live store as it was.
    bo.files.answers << file;
    prompt.answers << QByteArray("wrong-passphrase!");
    clickRestore(bo, page);
    CHECK(bo.dialogs.warnings == 1);
    CHECK(bo.dialogs.last.contains(QStringLiteral("cannot be restored")));
    CHECK(requested.isEmpty());

    // Not a backup at all.
    const QString notes = bo.tmp.filePath(QStringLiteral("notes.txt"));
    {
        QFile out(notes);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("just some notes");
    }
    bo.files.answers << notes;
    prompt.answers << kPassphrase;
    clickRestore(bo, page);
    CHECK(bo.dialogs.warnings == 2);
    CHECK(bo.dialogs.last.contains(QStringLiteral("not a Patron backup")));
    CHECK(requested.isEmpty());

    // The right passphrase: the confirmation says what the backup holds and what is lost; "no" stops.
    bo.files.answers << file;
    prompt.answers << kPassphrase;
    bo.dialogs.nextAnswer = false;
    clickRestore(bo, page);
    CHECK(bo.dialogs.last.contains(QStringLiteral("holds no sales")));
    CHECK(bo.dialogs.last.contains(QStringLiteral("LOST")));  // standalone: nothing brings them back
    CHECK(bo.dialogs.last.contains(QStringLiteral("safety copy")));
    CHECK(requested.isEmpty());

    bo.files.answers << file;
    prompt.answers << kPassphrase;
    bo.dialogs.nextAnswer = true;
    clickRestore(bo, page);
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == file);
    CHECK(secretView(requested.at(0).at(1).value<SharedSecret>()) == kPassphrase);
    CHECK(settingCount(bo.db(), "after") == 1);  // the page itself never touches the store

    // What the till does with the request (MainWindow::restoreFromBackup): close the session,
    // restore, reopen on the restored store.
    const QString dir = bo.session->store().paths().dir;
    bo.window.reset();
    bo.session.reset();
    auto restored = restoreAndReopen(dir, file, kPassphrase, QStringLiteral("admin"), *bo.clock, StoreOpenOptions());
    REQUIRE(restored.ok());
    CHECK(settingCount(restored->store->db(), "before") == 1);
    CHECK(settingCount(restored->store->db(), "after") == 0);
}

TEST_CASE("Only an administrator may restore a backup", "[ui][backoffice][restore]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    REQUIRE(bo.session->users().add(*bo.session->user(), QStringLiteral("zhao"), {}, QStringLiteral("manager"),
                                    QStringLiteral("2468")).ok());
    bo.signIn(QStringLiteral("zhao"), QStringLiteral("2468"));
    ScriptedPassphrasePrompt prompt;
    auto* page = backupPage(bo, prompt);
    QSignalSpy requested(bo.window.get(), &BackOfficeWindow::restoreRequested);
    bo.files.answers << bo.tmp.filePath(QStringLiteral("any.ptrnbak"));
    clickRestore(bo, page);
    CHECK(bo.dialogs.last.contains(QStringLiteral("Only an administrator")));
    CHECK(bo.files.titles.isEmpty());  // not even asked for a file
    CHECK(requested.isEmpty());
}

TEST_CASE("On a till joined to head office the restore warning says sales are fetched again", "[ui][backoffice][restore]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    const QString file = bo.tmp.filePath(QStringLiteral("shop.ptrnbak"));
    REQUIRE(backupStore(bo.session->store(), file).ok());
    StoreSettings settings(bo.db(), bo.session->clock());
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=hq.example dbname=patron user=till1 password=secret");
    info.sslmode = QStringLiteral("require");
    REQUIRE(SyncConfig(settings).save(info).ok());
    ScriptedPassphrasePrompt prompt;
    auto* page = backupPage(bo, prompt);

    // Events not yet at head office would stay behind in the safety copy: refused before anything
    // is asked.
    const qint64 unsent = bo.session->outbox().pendingCount();
    REQUIRE(unsent > 0);  // the shop's users and settings, written while setting it up
    QTest::mouseClick(bo.find<QPushButton>(page, "restore"), Qt::LeftButton);
    CHECK(bo.dialogs.warnings == 1);
    CHECK(bo.dialogs.last.contains(QStringLiteral("have not reached head office")));
    CHECK(bo.files.titles.isEmpty());  // not even asked for a file

    // Once they are sent, the restore goes on, and says what head office brings back.
    {
        Transaction tx(bo.db());
        bo.db().execute("UPDATE outbox SET pushed_at = 'x' WHERE pushed_at IS NULL");
        tx.commit();
    }
    bo.files.answers << file;
    prompt.answers << kPassphrase;
    bo.dialogs.nextAnswer = false;
    clickRestore(bo, page);
    CHECK(bo.dialogs.last.contains(QStringLiteral("fetched again from head office")));
    CHECK_FALSE(bo.dialogs.last.contains(QStringLiteral("LOST")));
}
