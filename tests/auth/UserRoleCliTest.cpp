// patron-cli user role, as a script would run it.

#include "CliRunner.h"
#include "TestEnv.h"

using namespace patron::test;

TEST_CASE("patron-cli user role changes a role within the actor's rank and keeps the last admin", "[cli][auth][roles]")
{
    QTemporaryDir tmp;
    CliRunner cli(tmp.filePath(QStringLiteral("store")));
    cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
    REQUIRE(cli.run({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("Shop"), QStringLiteral("--store-code"),
                     QStringLiteral("S1"), QStringLiteral("--till-code"), QStringLiteral("T1"), QStringLiteral("--admin-pin"),
                     QStringLiteral("1234")})
                .exitCode
            == 0);
    const QStringList admin{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("1234")};
    REQUIRE(cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("xiaoli"), QStringLiteral("--role"),
                                        QStringLiteral("cashier"), QStringLiteral("--pin"), QStringLiteral("8888")})
                .exitCode
            == 0);

    auto promoted = cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("xiaoli"),
                                                QStringLiteral("manager")});
    INFO(promoted.out.toStdString());
    REQUIRE(promoted.exitCode == 0);
    CHECK(promoted.json[QStringLiteral("user")][QStringLiteral("role")].toString() == QStringLiteral("manager"));

    auto lastAdmin = cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("admin"),
                                                 QStringLiteral("cashier")});
    CHECK(lastAdmin.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("refused"));
    auto badRole = cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("xiaoli"),
                                               QStringLiteral("boss")});
    CHECK(badRole.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("invalid_input"));
    // A manager lacks users.manage by default.
    const QStringList manager{QStringLiteral("--user"), QStringLiteral("xiaoli"), QStringLiteral("--pin"), QStringLiteral("8888")};
    auto denied = cli.run(manager + QStringList{QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("admin"),
                                                QStringLiteral("cashier")});
    CHECK(denied.exitCode == 3);
    CHECK(cli.run(admin + QStringList{QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("xiaoli")}).exitCode == 2);
}
