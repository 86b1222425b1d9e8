#include "members/MemberSaleIndexesSchema.h"

#include "store/Database.h"

namespace patron {

void memberSaleIndexesInPlace(Database& db)
{
    db.exec(R"sql(
CREATE INDEX members_birth_status ON members(birth_mmdd, status);
DROP INDEX members_birth_active;
CREATE INDEX members_rfm_by_id ON members(id, status, visits, last_visit_ms, spend_minor);
DROP INDEX members_rfm;
)sql");
}

} // namespace patron
