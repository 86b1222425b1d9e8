#pragma once
// CategoryTree: the manager's edits of the category tree (add, rename, move, delete). Each is one
// transaction with its audit record; a rename or move changes the path of every product filed in
// the moved branch, so each of those products goes to head office again ("product.changed").

#include "catalog/Category.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace patron {

class AuditLog;
class Clock;
class Database;
class Outbox;
class ProductCatalog;
struct Session;

class CategoryTree {
public:
    CategoryTree(Database& db, ProductCatalog& catalog, AuditLog& audit, Outbox& outbox, const Clock& clock);

    // Every category by path (a parent before its sub-categories), with its counts.
    QList<Category> list() const;
    std::optional<Category> find(qint64 id) const;
    std::optional<Category> findByPath(const QString& path) const;

    // parentId 0 adds a top-level category.
    Result<Category> add(const Session& actor, const QString& name, qint64 parentId);
    Result<Category> rename(const Session& actor, qint64 id, const QString& name);
    // Refuses to move a category under itself or its own branch.
    Result<Category> move(const Session& actor, qint64 id, qint64 newParentId);
    // Refuses while products, sub-categories or promotions use it, and says how many.
    Result<void> remove(const Session& actor, qint64 id);

private:
    // Gives `id` a new parent and name, and re-paths its branch; inside the caller's transaction.
    Result<Category> relocate(const Session& actor, const Category& node, qint64 parentId, const QString& name,
                              const QString& action);

    Database& m_db;
    ProductCatalog& m_catalog;
    AuditLog& m_audit;
    Outbox& m_outbox;
    const Clock& m_clock;
};

} // namespace patron
