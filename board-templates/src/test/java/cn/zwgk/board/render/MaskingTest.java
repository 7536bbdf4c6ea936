package cn.zwgk.board.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void namesKeepFirstAndLastCharacterOnly() {
        assertThat(Masking.name("张三明")).isEqualTo("张*明");
        assertThat(Masking.name("李四")).isEqualTo("李*");
        assertThat(Masking.name("欧阳小明")).isEqualTo("欧**明");
        assertThat(Masking.name("张*明")).isEqualTo("张*明");
    }

    @Test
    void idNumbersAndMobilesAreMaskedWhereverTheyAppear() {
        assertThat(Masking.numbers("身份证350102199001011234，电话13812345678，座机010-65111001"))
                .isEqualTo("身份证35*************234，电话138****5678，座机010-65111001");
        assertThat(Masking.numbers("旧证 350102900101123")).isEqualTo("旧证 35**********123");
    }

    @Test
    void ledgerTotalsAreExactToTheFen() {
        Ledger l = Ledger.parse("办公用品：0.10元\n水电费：0.20元\n维修: 1,000元");
        assertThat(Ledger.format(l.total())).isEqualTo("1,000.30");
        assertThatThrownBy(() -> Ledger.parse("办公用品")).hasMessageContaining("第 1 行");
    }
}
