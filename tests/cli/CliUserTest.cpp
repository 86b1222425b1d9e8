#include "CliRunner.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QThread>

using namespace patron::test;

TEST_CASE("patron-cli user add, list, set-pin, disable and lockout", "[cli][auth]")
{
    QTemporaryDir tmp;
    CliRunner cli(tmp.filePath(QStringLiteral("store")));
    cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
    REQUIRE(cli.run({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("Shop"), QStringLiteral("--store-code"),
                     QStringLiteral("S1"), QStringLiteral("--till-code"), QStringLiteral("T1"), QStringLiteral("--admin-pin"),
                     QStringLiteral("1234")})
                .exitCode == 0);
    const QStringList admin{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("1234")};

    auto add = cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("xiaoli"), QStringLiteral("--role"),
                                           QStringLiteral("cashier"), QStringLiteral("--pin"), QStringLiteral("8888"),
                                           QStringLiteral("--display-name"), QStringLiteral("小李")});
    INFO(add.out.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.json[QStringLiteral("user")][QStringLiteral("display_name")].toString() == QStringLiteral("小李"));

    // Environment variables name the acting user too.
    CliRunner asEnv = cli;
    asEnv.env().insert(QStringLiteral("PATRON_USER"), QStringLiteral("admin"));
    asEnv.env().insert(QStringLiteral("PATRON_PIN"), QStringLiteral("1234"));
    auto list = asEnv.run({QStringLiteral("user"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray users = list.json[QStringLiteral("users")].toArray();
    REQUIRE(users.size() == 2);
    CHECK(users[1][QStringLiteral("name")].toString() == QStringLiteral("xiaoli"));
    CHECK(users[1][QStringLiteral("role")].toString() == QStringLiteral("cashier"));

    // A cashier may not add users or list them.
    const QStringList cashier{QStringLiteral("--user"), QStringLiteral("xiaoli"), QStringLiteral("--pin"), QStringLiteral("8888")};
    auto denied = cli.run(cashier + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("z"), QStringLiteral("--role"),
                                                QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("1111")});
    CHECK(denied.exitCode == 3);
    CHECK(denied.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("permission_denied"));

    // Five wrong PINs lock xiaoli; the lock survives across processes. The till's backoff is
    // real time here (1 s after the third failure, 2 s after the fourth), so wait it out.
    const QStringList wrong{QStringLiteral("--user"), QStringLiteral("xiaoli"), QStringLiteral("--pin"), QStringLiteral("0000")};
    QString lastCode;
    for (int failure = 1; failure <= 5; ++failure) {
        auto r = cli.run(wrong + QStringList{QStringLiteral("user"), QStringLiteral("list")});
        CHECK(r.exitCode == 3);
        lastCode = r.json[QStringLiteral("error")][QStringLiteral("code")].toString();
        if (failure >= 3 && failure < 5)
            QThread::msleep(100 + 1000 * (1 << (failure - 3)));
    }
    CHECK(lastCode == QStringLiteral("locked"));
    auto lockedList = cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    CHECK(lockedList.json[QStringLiteral("users")].toArray()[1][QStringLiteral("locked")].toBool());
    auto locked = cli.run(cashier + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    CHECK(locked.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("locked"));

    auto reset = cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("set-pin"), QStringLiteral("xiaoli"),
                                             QStringLiteral("--pin"), QStringLiteral("9999")});
    REQUIRE(reset.exitCode == 0);
    auto disable = cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("xiaoli")});
    REQUIRE(disable.exitCode == 0);
    auto disabled = cli.run(QStringList{QStringLiteral("--user"), QStringLiteral("xiaoli"), QStringLiteral("--pin"), QStringLiteral("9999"),
                                        QStringLiteral("user"), QStringLiteral("list")});
    CHECK(disabled.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("locked"));

    // Every login, failure and lockout is in the audit chain, which still verifies.
    auto verify = cli.run({QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
    CHECK(verify.json[QStringLiteral("audit")][QStringLiteral("records")].toInteger() >= 10);
}
