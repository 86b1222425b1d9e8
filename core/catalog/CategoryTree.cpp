#include "catalog/CategoryTree.h"

#include "auth/AuditLog.h"
#include "auth/UserService.h"
#include "catalog/ProductCatalog.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QLocale>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CategoryTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Categories)
};

namespace {

#define PATRON_CATEGORY_SELECT                                                                     \
    "SELECT c.id, coalesce(c.parent_id, 0), c.name, c.path,"                                      \
    " (SELECT count(*) FROM products p WHERE p.category_id = c.id),"                              \
    " (SELECT count(*) FROM categories k WHERE k.parent_id = c.id) FROM categories c "

Category readCategory(Statement& s)
{
    return {s.int64(0), s.int64(1), s.text(2), s.text(3), int(s.int64(4)), int(s.int64(5))};
}

constexpr int kMaxNameLength = 40;

Result<QString> validName(const QString& raw)
{
    const QString name = raw.trimmed();
    // "/" separates the levels of a path; a name containing it would read as two levels.
    if (name.isEmpty() || name.size() > kMaxNameLength || name.contains(u'/'))
        return makeError(ErrorCode::InvalidInput,
                         CategoryTr::tr("A category name has 1 to %1 characters and no \"/\" (got \"%2\").")
                             .arg(kMaxNameLength)
                             .arg(raw));
    return name;
}

Result<void> requireCatalogEdit(const Session& actor)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, CategoryTr::tr("%1 may not edit the catalog.").arg(actor.userName));
    return {};
}

Error noSuchCategory(qint64 id)
{
    return {ErrorCode::NotFound, CategoryTr::tr("There is no category with id %1.").arg(id)};
}

} // namespace

CategoryTree::CategoryTree(Database& db, ProductCatalog& catalog, AuditLog& audit, Outbox& outbox, const Clock& clock)
    : m_db(db), m_catalog(catalog), m_audit(audit), m_outbox(outbox), m_clock(clock)
{
}

QList<Category> CategoryTree::list() const
{
    QList<Category> out;
    Statement s = m_db.prepare(PATRON_CATEGORY_SELECT "ORDER BY c.path");
    while (s.step())
        out.append(readCategory(s));
    return out;
}

std::optional<Category> CategoryTree::find(qint64 id) const
{
    Statement s = m_db.prepare(PATRON_CATEGORY_SELECT "WHERE c.id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readCategory(s);
}

std::optional<Category> CategoryTree::findByPath(const QString& rawPath) const
{
    QStringList parts;
    for (const QString& part : rawPath.split(u'/'))
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    Statement s = m_db.prepare(PATRON_CATEGORY_SELECT "WHERE c.path = ?");
    s.bind(1, parts.join(u'/'));
    if (!s.step())
        return std::nullopt;
    return readCategory(s);
}

Result<Category> CategoryTree::add(const Session& actor, const QString& rawName, qint64 parentId)
{
    PATRON_TRY(requireCatalogEdit(actor));
    auto name = validName(rawName);
    if (!name)
        return name.error();
    return guarded([&]() -> Result<Category> {
        Transaction tx(m_db);
        QString path = *name;
        if (parentId) {
            const auto parent = find(parentId);
            if (!parent)
                return noSuchCategory(parentId);
            path = parent->path + u'/' + *name;
        }
        if (findByPath(path))
            return makeError(ErrorCode::AlreadyExists, CategoryTr::tr("There is already a category %1.").arg(path));
        m_db.execute("INSERT INTO categories(uuid, parent_id, name, path) VALUES (?, ?, ?, ?)",
                     Uuid::v7(m_clock.nowMs()).bytes(), parentId ? std::optional<qint64>(parentId) : std::nullopt, *name,
                     path);
        const qint64 id = m_db.lastInsertRowId();
        m_audit.append(actor.userName, QStringLiteral("category.add"), path);
        tx.commit();
        return *find(id);
    });
}

Result<Category> CategoryTree::rename(const Session& actor, qint64 id, const QString& rawName)
{
    PATRON_TRY(requireCatalogEdit(actor));
    auto name = validName(rawName);
    if (!name)
        return name.error();
    return guarded([&]() -> Result<Category> {
        Transaction tx(m_db);
        const auto node = find(id);
        if (!node)
            return noSuchCategory(id);
        auto renamed = relocate(actor, *node, node->parentId, *name, QStringLiteral("category.rename"));
        if (renamed)
            tx.commit();
        return renamed;
    });
}

Result<Category> CategoryTree::move(const Session& actor, qint64 id, qint64 newParentId)
{
    PATRON_TRY(requireCatalogEdit(actor));
    return guarded([&]() -> Result<Category> {
        Transaction tx(m_db);
        const auto node = find(id);
        if (!node)
            return noSuchCategory(id);
        auto moved = relocate(actor, *node, newParentId, node->name, QStringLiteral("category.move"));
        if (moved)
            tx.commit();
        return moved;
    });
}

Result<Category> CategoryTree::relocate(const Session& actor, const Category& node, qint64 parentId,
                                        const QString& name, const QString& action)
{
    QString parentPath;
    if (parentId) {
        const auto parent = find(parentId);
        if (!parent)
            return noSuchCategory(parentId);
        if (parent->id == node.id || parent->path.startsWith(node.path + u'/'))
            return makeError(ErrorCode::Refused,
                             CategoryTr::tr("%1 cannot be moved under %2: a category cannot go inside itself or its "
                                            "own sub-categories.")
                                 .arg(node.path, parent->path));
        parentPath = parent->path;
    }
    const QString newPath = parentPath.isEmpty() ? name : parentPath + u'/' + name;
    if (newPath == node.path)
        return node;
    if (findByPath(newPath))
        return makeError(ErrorCode::AlreadyExists, CategoryTr::tr("There is already a category %1.").arg(newPath));

    // The branch by parent links, not by path prefix: LIKE folds ASCII case and SQLite's substr
    // counts characters where QString counts UTF-16 units.
    QList<std::pair<qint64, QString>> branch;
    {
        Statement s = m_db.prepare(
            "WITH RECURSIVE branch(id) AS (SELECT ? UNION ALL SELECT c.id FROM categories c JOIN branch b ON c.parent_id = b.id)"
            " SELECT c.id, c.path FROM categories c JOIN branch ON branch.id = c.id");
        s.bind(1, node.id);
        while (s.step())
            branch.append({s.int64(0), s.text(1)});
    }
    m_db.execute("UPDATE categories SET parent_id = ?, name = ?, path = ? WHERE id = ?",
                 parentId ? std::optional<qint64>(parentId) : std::nullopt, name, newPath, node.id);
    QList<qint64> branchIds;
    for (const auto& [id, oldPath] : branch) {
        branchIds << id;
        if (id != node.id)
            m_db.execute("UPDATE categories SET path = ? WHERE id = ?", newPath + oldPath.mid(node.path.size()), id);
    }

    // Head office files products by category path: every product in the branch changed.
    QList<qint64> products;
    for (qint64 id : branchIds) {
        Statement s = m_db.cached("SELECT id FROM products WHERE category_id = ?");
        s.bind(1, id);
        while (s.step())
            products << s.int64(0);
    }
    for (qint64 productId : products)
        if (const auto p = m_catalog.findById(productId))
            m_outbox.append(QStringLiteral("product.changed"), 1, productJson(*p));
    m_audit.append(actor.userName, action, newPath,
                   {{QStringLiteral("from"), node.path}, {QStringLiteral("products"), qint64(products.size())}});
    return *find(node.id);
}

Result<void> CategoryTree::remove(const Session& actor, qint64 id)
{
    PATRON_TRY(requireCatalogEdit(actor));
    return guarded([&]() -> Result<void> {
        Transaction tx(m_db);
        const auto node = find(id);
        if (!node)
            return noSuchCategory(id);
        // A promotion on a category would silently stop applying once the category is gone.
        const qint64 promotions =
            m_db.queryInt64("SELECT count(*) FROM promotions WHERE scope = 'category' AND target_id = ?", id).value_or(0);
        QStringList users;
        if (node->products > 0)
            users << CategoryTr::tr("%n product(s)", nullptr, node->products);
        if (node->children > 0)
            users << CategoryTr::tr("%n sub-category(ies)", nullptr, node->children);
        if (promotions > 0)
            users << CategoryTr::tr("%n promotion(s)", nullptr, int(promotions));
        if (!users.isEmpty())
            return makeError(ErrorCode::Refused,
                             CategoryTr::tr("%1 cannot be deleted: %2 still use it. Move or delete them first.")
                                 .arg(node->path, QLocale().createSeparatedList(users)));
        m_db.execute("DELETE FROM categories WHERE id = ?", id);
        m_audit.append(actor.userName, QStringLiteral("category.delete"), node->path);
        tx.commit();
        return {};
    });
}

} // namespace patron
