package cn.zwgk.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md §4, one rule per kind of personal data: the value typed and what any screen, paper or export shows. */
class DeidentificationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NULL", value = {
        "张三明, 张*明",
        "张小三, 张*三",
        "张三, 张*",
        "张, *",
        "欧阳小明, 欧**明",
        "欧阳小明锋, 欧***锋",
        "阿卜杜拉·买买提, 阿******提",
        "张*明, 张*明",
        "' 李四 ', 李*",
        "NULL, ''",
    })
    void names(String typed, String shown) {
        assertThat(Deidentification.name(typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "350102199001011234, 35*************234",
        "11010519491231002X, 11*************02X",
        "350102900101123, 35**********123",
        "E12345678, E1****678",
        "12345, *****",
    })
    void idNumbersKeepTheFirstTwoAndLastThree(String typed, String shown) {
        assertThat(Deidentification.idNumber(typed)).isEqualTo(shown).hasSameSizeAs(typed);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "13812345678, 138****5678",
        "138 0013 1234, 138****1234",
        "+86 138-0013-1234, 138****1234",
        "010-12345678, 010****5678",
        "0755 1234567-123, 075****4567",
        "1234567, ***4567",
    })
    void phonesKeepTheFirstThreeAndLastFour(String typed, String shown) {
        assertThat(Deidentification.phone(typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "北京市东城区东华门街道1号楼2单元301室, 北京市东城区东华门街道****",
        "浙江省杭州市西湖区转塘镇双流村5组12号, 浙江省杭州市西湖区转塘镇****",
        "江苏省镇江市京口区大港街道港南路8号, 江苏省镇江市京口区大港街道****",
        "内蒙古自治区锡林郭勒盟正镶白旗明安图镇团结路3号, 内蒙古自治区锡林郭勒盟正镶白旗明安图镇****",
        "上海市浦东新区陆家嘴环路1000号, 上海市浦东新区****",
        "幸福路12号3栋, ****",
        "东城区东华门街道, 东城区东华门街道",
    })
    void addressesOnlyToTheTownshipOrStreet(String typed, String shown) {
        assertThat(Deidentification.address(typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "6222021234567890123, 6222***********0123",
        "6222 0212 3456 7890, 6222********7890",
        "1234567, *******",
    })
    void bankCardsKeepTheFirstFourAndLastFour(String typed, String shown) {
        assertThat(Deidentification.bankCard(typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "zhang@example.com, z***@example.com",
        "not-an-address, ***",
    })
    void emails(String typed, String shown) {
        assertThat(Deidentification.email(typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "身份证350102199001011234，电话13812345678 | 身份证35*************234，电话138****5678",
        "旧证 350102900101123 | 旧证 35**********123",
        "补贴发放至6222021234567890123账户 | 补贴发放至6222***********0123账户",
        "卡号 6222 0212 3456 7890 123 | 卡号 6222***********0123",
        "联系电话 138-1234-5678 | 联系电话 138****5678",
        "座机 010-65111001（工作日） | 座机 010-65111001（工作日）",
        "上级拨付办公经费：12,000.00元 | 上级拨付办公经费：12,000.00元",
        "订单号 A350102199001011234 | 订单号 A350102199001011234",
        "〔2024〕12号，2026年11月2日 | 〔2024〕12号，2026年11月2日",
    })
    void numbersFoundInFreeText(String typed, String shown) {
        assertThat(Deidentification.inText(typed)).isEqualTo(shown);
    }
}
