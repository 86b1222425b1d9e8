// patron-cli category list|add|rename|move|delete: the product category tree from scripts.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"
#include "HeadOfficeOwned.h"

#include "catalog/CategoryTree.h"
#include "catalog/ProductCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>
#include <optional>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CategoryCliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// The services a category command works with, built on the open store.
struct TreeServices {
    explicit TreeServices(CliContext& ctx)
        : catalog(ctx.store()->db(), ctx.audit(), ctx.outbox(), *ctx.clock),
          tree(ctx.store()->db(), catalog, ctx.audit(), ctx.outbox(), *ctx.clock)
    {
    }
    ProductCatalog catalog;
    CategoryTree tree;
};

QJsonObject categoryJson(const Category& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("path"), c.path},
            {QStringLiteral("parent_id"), c.parentId},
            {QStringLiteral("products"), c.products},
            {QStringLiteral("children"), c.children}};
}

// Opens the store and signs in for a change; refuses when head office owns the catalog.
std::optional<int> openForChange(CliContext& ctx, Session* actor)
{
    if (auto exit = ctx.openAndSignIn(actor))
        return exit;
    return refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Categories);
}

Result<Category> categoryAt(TreeServices& s, const QString& path)
{
    if (auto c = s.tree.findByPath(path))
        return *c;
    return makeError(ErrorCode::NotFound, CategoryCliTr::tr("There is no category %1.").arg(path));
}

// The category `option` names, as a parent id; 0 (the top level) when the option is absent.
Result<qint64> parentFrom(TreeServices& s, const ArgParser& p, const QString& option)
{
    if (!p.has(option))
        return qint64(0);
    auto parent = categoryAt(s, p.value(option));
    if (!parent)
        return parent.error();
    return parent->id;
}

int cmdList(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    TreeServices s(ctx);
    QJsonArray arr;
    QString text;
    for (const Category& c : s.tree.list()) {
        arr.append(categoryJson(c));
        text += c.path + u'\t' + CategoryCliTr::tr("%n product(s)", nullptr, c.products) + u'\n';
    }
    return ctx.ok({{QStringLiteral("categories"), arr}}, text.trimmed());
}

int cmdAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("parent"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(CategoryCliTr::tr("category add needs one NAME (and --parent PATH for a sub-category)."));
    Session actor;
    if (auto exit = openForChange(ctx, &actor))
        return *exit;
    TreeServices s(ctx);
    auto parentId = parentFrom(s, p, QStringLiteral("parent"));
    if (!parentId)
        return ctx.fail(parentId.error());
    auto added = s.tree.add(actor, p.positionals().first(), *parentId);
    if (!added)
        return ctx.fail(added.error());
    return ctx.ok({{QStringLiteral("category"), categoryJson(*added)}},
                  CategoryCliTr::tr("Added category %1.").arg(added->path));
}

// What a change to one existing category needs: the signed-in actor, the services, and the
// category its first argument (a PATH) names.
class CategoryChange {
public:
    explicit CategoryChange(CliContext& ctx) : m_ctx(ctx) {}

    // Parses args; when `complete` says they are not what the command needs, the usage error
    // `usage`. Then opens the store for a change (refused while head office owns the catalog)
    // and finds the category. The exit code when the command must stop.
    std::optional<int> start(ArgParser& p, const QStringList& args, const std::function<bool(const ArgParser&)>& complete,
                             const QString& usage)
    {
        if (!p.parse(args))
            return m_ctx.usage(p.error());
        if (!complete(p))
            return m_ctx.usage(usage);
        if (auto exit = openForChange(m_ctx, &actor))
            return exit;
        services.emplace(m_ctx);
        auto found = categoryAt(*services, p.positionals().first());
        if (!found)
            return m_ctx.fail(found.error());
        node = *found;
        return std::nullopt;
    }

    Session actor;
    std::optional<TreeServices> services;
    Category node;

private:
    CliContext& m_ctx;
};

int cmdRename(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    CategoryChange c(ctx);
    if (auto exit = c.start(p, args, [](const ArgParser& a) { return a.positionals().size() == 2; },
                            CategoryCliTr::tr("category rename needs the category PATH and its NEW-NAME.")))
        return *exit;
    auto renamed = c.services->tree.rename(c.actor, c.node.id, p.positionals().at(1));
    if (!renamed)
        return ctx.fail(renamed.error());
    return ctx.ok({{QStringLiteral("category"), categoryJson(*renamed)}},
                  CategoryCliTr::tr("%1 is now %2.").arg(c.node.path, renamed->path));
}

int cmdMove(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("to")).flag(QStringLiteral("top"));
    CategoryChange c(ctx);
    auto complete = [](const ArgParser& a) {
        return a.positionals().size() == 1 && a.has(QStringLiteral("to")) != a.has(QStringLiteral("top"));
    };
    if (auto exit = c.start(p, args, complete,
                            CategoryCliTr::tr("category move needs the category PATH and either --to PARENT-PATH or --top.")))
        return *exit;
    auto parentId = parentFrom(*c.services, p, QStringLiteral("to"));
    if (!parentId)
        return ctx.fail(parentId.error());
    auto moved = c.services->tree.move(c.actor, c.node.id, *parentId);
    if (!moved)
        return ctx.fail(moved.error());
    return ctx.ok({{QStringLiteral("category"), categoryJson(*moved)}},
                  CategoryCliTr::tr("%1 is now %2.").arg(c.node.path, moved->path));
}

int cmdDelete(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    CategoryChange c(ctx);
    if (auto exit = c.start(p, args, [](const ArgParser& a) { return a.positionals().size() == 1; },
                            CategoryCliTr::tr("category delete needs one category PATH.")))
        return *exit;
    auto removed = c.services->tree.remove(c.actor, c.node.id);
    if (!removed)
        return ctx.fail(removed.error());
    return ctx.ok({{QStringLiteral("deleted"), c.node.path}}, CategoryCliTr::tr("Deleted category %1.").arg(c.node.path));
}

} // namespace

std::vector<Command> categoryCommands()
{
    return {
        {QStringLiteral("category list"), QString(), CategoryCliTr::tr("List the product categories with their product counts"),
         cmdList},
        {QStringLiteral("category add"), QStringLiteral("NAME [--parent PATH]"),
         CategoryCliTr::tr("Add a category at the top or under another"), cmdAdd},
        {QStringLiteral("category rename"), QStringLiteral("PATH NEW-NAME"), CategoryCliTr::tr("Rename a category"), cmdRename},
        {QStringLiteral("category move"), QStringLiteral("PATH --to PARENT-PATH | --top"),
         CategoryCliTr::tr("Move a category (with its sub-categories) under another or to the top"), cmdMove},
        {QStringLiteral("category delete"), QStringLiteral("PATH"),
         CategoryCliTr::tr("Delete a category no product, sub-category or promotion uses"), cmdDelete},
    };
}

} // namespace patron::cli
