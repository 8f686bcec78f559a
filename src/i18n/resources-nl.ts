// The nl texts, one static import per locale file (style.md §8). The file path is the key
// prefix: locales/nl/ui/app.json → ui.app.*
import nlCli from '../../locales/nl/cli.json';
import nlComparison from '../../locales/nl/comparison.json';
import nlDimensions from '../../locales/nl/dimensions.json';
import nlErrorsAnswersFile from '../../locales/nl/errors/answersFile.json';
import nlErrorsCompare from '../../locales/nl/errors/compare.json';
import nlErrorsQuestions from '../../locales/nl/errors/questions.json';
import nlErrorsStorage from '../../locales/nl/errors/storage.json';
import nlGlossary from '../../locales/nl/glossary.json';
import nlGroup from '../../locales/nl/group.json';
import nlIndicators from '../../locales/nl/indicators.json';
import nlMethod from '../../locales/nl/method.json';
import nlNetworkModels from '../../locales/nl/networkModels.json';
import nlOptions from '../../locales/nl/options.json';
import nlPlan from '../../locales/nl/plan.json';
import nlQuestions from '../../locales/nl/questions.json';
import nlRecommendations from '../../locales/nl/recommendations.json';
import nlReport from '../../locales/nl/report.json';
import nlScales from '../../locales/nl/scales.json';
import nlSections from '../../locales/nl/sections.json';
import nlUiAbout from '../../locales/nl/ui/about.json';
import nlUiAccessibility from '../../locales/nl/ui/accessibility.json';
import nlUiApp from '../../locales/nl/ui/app.json';
import nlUiCompare from '../../locales/nl/ui/compare.json';
import nlUiExample from '../../locales/nl/ui/example.json';
import nlUiIo from '../../locales/nl/ui/io.json';
import nlUiPlan from '../../locales/nl/ui/plan.json';
import nlUiQuestionnaire from '../../locales/nl/ui/questionnaire.json';
import nlUiReport from '../../locales/nl/ui/report.json';
import nlUiRespondent from '../../locales/nl/ui/respondent.json';
import nlUiStart from '../../locales/nl/ui/start.json';
import nlUiWorkshop from '../../locales/nl/ui/workshop.json';

export const nlTranslation = {
  cli: nlCli,
  comparison: nlComparison,
  dimensions: nlDimensions,
  errors: {
    answersFile: nlErrorsAnswersFile,
    compare: nlErrorsCompare,
    questions: nlErrorsQuestions,
    storage: nlErrorsStorage,
  },
  glossary: nlGlossary,
  group: nlGroup,
  indicators: nlIndicators,
  method: nlMethod,
  networkModels: nlNetworkModels,
  options: nlOptions,
  plan: nlPlan,
  questions: nlQuestions,
  recommendations: nlRecommendations,
  report: nlReport,
  scales: nlScales,
  sections: nlSections,
  ui: {
    about: nlUiAbout,
    accessibility: nlUiAccessibility,
    app: nlUiApp,
    compare: nlUiCompare,
    example: nlUiExample,
    io: nlUiIo,
    plan: nlUiPlan,
    questionnaire: nlUiQuestionnaire,
    report: nlUiReport,
    respondent: nlUiRespondent,
    start: nlUiStart,
    workshop: nlUiWorkshop,
  },
};
