#include "members/MemberMergeSchema.h"

#include "store/Database.h"

namespace patron {

void memberMergeSchema(Database& db)
{
    // ADD COLUMN with a REFERENCES clause is allowed because the default is NULL.
    db.exec(R"sql(
ALTER TABLE members ADD COLUMN merged_into_id INTEGER REFERENCES members(id);
ALTER TABLE members ADD COLUMN merged_ms INTEGER;
CREATE INDEX members_merged ON members(merged_into_id) WHERE merged_into_id IS NOT NULL;
-- The duplicate finder pairs members by name (a profile pulled from another store whose mobile
-- was already taken here arrives without one); without this it would compare every pair.
CREATE INDEX members_name ON members(name);
)sql");
}

} // namespace patron
