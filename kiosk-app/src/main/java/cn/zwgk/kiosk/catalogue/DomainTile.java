package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.Domain;

/** A domain as the home screen shows it: with the number of items this kiosk holds for it. */
public record DomainTile(Domain domain, int itemCount) {
}
