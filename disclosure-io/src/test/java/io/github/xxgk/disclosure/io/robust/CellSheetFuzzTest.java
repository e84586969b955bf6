package io.github.xxgk.disclosure.io.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;

class CellSheetFuzzTest {
  @FuzzTest
  void putsOnlyCatalogCells(FuzzedDataProvider data) {
    Catalog catalog = Catalog.of(data.pickValue(new Edition[] {Edition.GOV_2019, Edition.GOV_2021}));
    String address = data.consumeString(80);
    long count = data.consumeLong();
    boolean known = catalog.find(address).isPresent();
    try {
      CellSheet.of(catalog).put(address, CellValue.of(count));
      if (!known) {
        throw new AssertionError("accepted an address not in the catalog: " + address);
      }
    } catch (IllegalArgumentException e) {
      if (known && !e.getMessage().startsWith("cell ")) {
        throw new AssertionError("rejected a catalog cell: " + address, e);
      }
    }
  }
}
