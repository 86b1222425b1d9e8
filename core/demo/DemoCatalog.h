#pragma once
// The demo store's shop: about sixty products of a Chinese neighbourhood shop in a three-level
// category tree (packaged goods with barcodes, weighed fresh food with scale PLUs, goods without
// a barcode), two promotions, loyalty rules with three tiers and top-up bonuses, and twenty
// members with some stored value and points. Written through the real services, so the demo
// store is a real store.

#include "common/Result.h"

namespace patron {

class Clock;
class Store;

Result<void> seedDemoCatalog(Store& store, const Clock& clock);

} // namespace patron
