#include "members/MemberBirthdayIndexSchema.h"

#include "store/Database.h"

namespace patron {

void memberBirthdaysInPlainIndex(Database& db)
{
    db.exec(R"sql(
CREATE INDEX members_birth_status ON members(birth_mmdd, status);
DROP INDEX members_birth_active;
)sql");
}

} // namespace patron
