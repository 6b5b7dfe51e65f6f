// Progressive enhancement only: every page works without this script.
// Changing a date in the header shows that date at once.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.when");
  if (!form) return;
  form.querySelectorAll("input[type=date]").forEach((input) =>
    input.addEventListener("change", () => {
      for (const el of form.querySelectorAll("input")) if (!el.value) el.disabled = true;
      form.submit();
    }));
});
