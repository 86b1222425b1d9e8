// patron-cli user add|list|set-pin|role|disable|enable.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

QJsonObject userJson(const User& u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("locked"), u.locked},
            {QStringLiteral("failed_attempts"), u.failedAttempts},
            {QStringLiteral("created_at"), u.createdAt}};
}

int cmdAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("role")).option(QStringLiteral("pin")).option(QStringLiteral("display-name"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1 || !p.has(QStringLiteral("role")) || !p.has(QStringLiteral("pin")))
        return ctx.usage(CliTr::tr("user add needs NAME, --role ROLE and --pin PIN."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    auto user = ctx.users().add(actor, p.positionals().first(), p.value(QStringLiteral("display-name")),
                                p.value(QStringLiteral("role")), p.value(QStringLiteral("pin")));
    if (!user)
        return ctx.fail(user.error());
    return ctx.ok({{QStringLiteral("user"), userJson(*user)}},
                  CliTr::tr("Added user %1 (%2).").arg(user->name, roleDisplayName(user->role)));
}

int cmdList(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    if (!actor.can(perm::UsersManage))
        return ctx.fail({ErrorCode::PermissionDenied, CliTr::tr("%1 may not list users.").arg(actor.userName)});
    auto users = ctx.users().list();
    if (!users)
        return ctx.fail(users.error());
    QJsonArray arr;
    QString text;
    for (const User& u : *users) {
        arr.append(userJson(u));
        QString state;
        if (u.disabled)
            state = CliTr::tr("disabled");
        else if (u.locked)
            state = CliTr::tr("locked");
        text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(u.name, u.displayName, roleDisplayName(u.role), state);
    }
    return ctx.ok({{QStringLiteral("users"), arr}}, text.trimmed());
}

int cmdSetPin(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("pin"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1 || !p.has(QStringLiteral("pin")))
        return ctx.usage(CliTr::tr("user set-pin needs NAME and --pin NEWPIN."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    auto r = ctx.users().setPin(actor, p.positionals().first(), p.value(QStringLiteral("pin")));
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("name"), p.positionals().first()}, {QStringLiteral("pin_set"), true}},
                  CliTr::tr("The PIN of %1 was set; the user is unlocked.").arg(p.positionals().first()));
}

int cmdRole(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 2)
        return ctx.usage(CliTr::tr("user role needs a user NAME and a ROLE."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    auto user = ctx.users().setRole(actor, p.positionals().at(0), p.positionals().at(1));
    if (!user)
        return ctx.fail(user.error());
    return ctx.ok({{QStringLiteral("user"), userJson(*user)}},
                  CliTr::tr("%1 is now %2.").arg(user->name, roleDisplayName(user->role)));
}

int setDisabled(CliContext& ctx, const QStringList& args, bool disabled)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(CliTr::tr("This command needs exactly one user NAME."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    auto r = ctx.users().setDisabled(actor, p.positionals().first(), disabled);
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok({{QStringLiteral("name"), p.positionals().first()}, {QStringLiteral("disabled"), disabled}},
                  disabled ? CliTr::tr("User %1 is disabled.").arg(p.positionals().first())
                           : CliTr::tr("User %1 is enabled.").arg(p.positionals().first()));
}

} // namespace

std::vector<Command> userCommands()
{
    return {
        {QStringLiteral("user add"), QStringLiteral("NAME --role cashier|supervisor|manager|admin --pin PIN [--display-name TEXT]"),
         CliTr::tr("Add a user"), cmdAdd},
        {QStringLiteral("user list"), QString(), CliTr::tr("List users"), cmdList},
        {QStringLiteral("user set-pin"), QStringLiteral("NAME --pin PIN"), CliTr::tr("Set a user's PIN (also unlocks the user)"), cmdSetPin},
        {QStringLiteral("user role"), QStringLiteral("NAME cashier|supervisor|manager|admin"),
         CliTr::tr("Change a user's role (not above your own; the last administrator stays one)"), cmdRole},
        {QStringLiteral("user disable"), QStringLiteral("NAME"), CliTr::tr("Disable a user"),
         [](CliContext& c, const QStringList& a) { return setDisabled(c, a, true); }},
        {QStringLiteral("user enable"), QStringLiteral("NAME"), CliTr::tr("Enable a disabled user"),
         [](CliContext& c, const QStringList& a) { return setDisabled(c, a, false); }},
    };
}

} // namespace patron::cli
