import "server-only";
// The only door to the stories module (docs/STORIES.md, "Server API").
export { searchStories } from "./search-stories";
export { getStory, latestStories, storiesToManage, managesStories, type ManagedStory } from "./get-story";
export { storyRelated, type StoryRelated } from "./related";
export { createStory, updateStory, type SavedStory } from "./save-story";
export { transitionStory } from "./transition-story";
export { storyFromMatch, storyFromResponse } from "./from-origin";
export { addStoryImage, removeStoryImage, readStoryImage } from "./images";
export { storiesFeed, xmlEscape } from "./feed";
export { storyLabellerFor } from "./labels";
export { imageUrl } from "./view";
export { forgetStoryAuthor } from "./forget-author";
