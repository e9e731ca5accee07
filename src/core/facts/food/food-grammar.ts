// What the food extractors read from the packs' grammar (rules/food-delivery.json food.*,
// rules/common.json zh.date.* and zh.region.*), compiled once per ruleset.
import { compiledGrammar, type Grammar, type GrammarReader } from '../../match/grammar';

export interface FoodGrammar {
  readonly addressWord: RegExp;
  readonly noValue: RegExp;
  /** Dates of vouchers and offers are not licence dates. */
  readonly notLicenceDate: RegExp;
  readonly date: RegExp;
  readonly openEnded: RegExp;
  readonly until: RegExp;
  readonly licenceImage: RegExp;
  readonly licenceSection: RegExp;
  readonly provincePrefix: RegExp;
  /** A city, district or county named by 2–3 characters: 杭州市, 朝阳区, 密云县. */
  readonly localPrefix: RegExp;
  readonly companyEnding: RegExp;
  readonly branchEnding: RegExp;
  /** A branch named after the company: 北京粥满堂餐饮管理有限公司望京分店 is the company's. */
  readonly branchOfCompany: RegExp;
  readonly sectionHeading: RegExp;
  readonly titleFiller: RegExp;
}

function buildFoodGrammar(g: GrammarReader): FoodGrammar {
  return {
    addressWord: new RegExp(`[${g.chars('food.address.word')}]`, 'u'),
    noValue: new RegExp(`^${g.source('food.field.noValue')}$`, 'u'),
    notLicenceDate: new RegExp(g.source('food.date.notLicence'), 'u'),
    date: new RegExp(
      `(\\d{4})\\s*(?:[-./]|${g.source('zh.date.year')})\\s*(\\d{1,2})\\s*(?:[-./]|${g.source('zh.date.month')})\\s*(\\d{1,2})\\s*${g.source('zh.date.day')}?`,
      'gu',
    ),
    openEnded: new RegExp(g.source('food.licence.openEnded'), 'u'),
    until: new RegExp(g.source('food.licence.until'), 'gu'),
    licenceImage: new RegExp(g.source('food.licence.image'), 'iu'),
    licenceSection: new RegExp(g.source('food.licence.section'), 'u'),
    provincePrefix: new RegExp(`^${g.source('zh.region.province')}${g.source('zh.region.provinceSuffix')}?`, 'u'),
    localPrefix: new RegExp(`^\\p{Script=Han}{2,3}?${g.source('zh.region.localSuffix')}`, 'u'),
    companyEnding: new RegExp(`${g.source('food.name.companyEnding')}$`, 'u'),
    branchEnding: new RegExp(`${g.source('food.name.branchEnding')}$`, 'u'),
    branchOfCompany: new RegExp(
      `(?<=${g.source('food.name.company')})\\p{Script=Han}{1,6}?${g.source('food.name.branchOfCompany')}$`,
      'u',
    ),
    sectionHeading: new RegExp(g.source('food.shopName.sectionHeading'), 'u'),
    titleFiller: new RegExp(g.source('food.shopName.titleFiller'), 'u'),
  };
}

export const foodGrammar = (grammar: Grammar): FoodGrammar => compiledGrammar(grammar, buildFoodGrammar);
